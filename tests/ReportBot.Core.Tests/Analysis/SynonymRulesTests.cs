using ReportBot.Core.Analysis;

using ReportBot.Testing;

namespace ReportBot.Core.Tests.Analysis;

public sealed class SynonymRulesTests
{
    [Fact]
    public void Comments_and_blank_lines_are_ignored()
    {
        var rules = SynonymRules.Parse("# comment\n\nrok, south korea # trailing comment\n");
        Assert.Equal(1, rules.RuleCount);
        Assert.NotNull(rules.Folded);
        Assert.Null(rules.ExactCase);
    }

    [Fact]
    public void Capitals_only_inputs_go_to_the_case_sensitive_map()
    {
        var rules = SynonymRules.Parse("usa, US, united states");
        Assert.NotNull(rules.ExactCase);
        Assert.NotNull(rules.Folded);
    }

    [Theory]
    [InlineData("a => b => c", "line 1")]
    [InlineData("ok, fine\n => b", "line 2")]
    [InlineData("ok, fine\nsouth korea, rok", "single word")]
    public void Malformed_lines_are_reported_with_their_line_number(string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => SynonymRules.Parse(text));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void The_shipped_synonyms_file_parses()
    {
        var rules = SynonymRules.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt")));
        Assert.True(rules.RuleCount > 30);
    }
}
