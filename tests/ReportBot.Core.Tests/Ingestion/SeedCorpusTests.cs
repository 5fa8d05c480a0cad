using ReportBot.Core.Documents;
using ReportBot.Core.Evaluation;
using ReportBot.Core.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Ingestion;

public sealed class SeedCorpusTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private Report Report => seed.Report;

    [Fact]
    public void Detects_the_six_policy_pillars_with_their_titles()
    {
        var pillars = Report.Pillars!;
        Assert.Equal("pillar", pillars.ItemNoun);
        Assert.Equal("policy pillars", pillars.Name);
        Assert.Equal(
            [
                "Advance cooperation on “new frontier” policy areas",
                "Reinvigorate the U.S.South Korea trade relationship",
                "Coordinate on values-based diplomacy",
                "Galvanize new areas of security cooperation",
                "Prioritize managing Japan–South Korea tensions",
                "Realign approaches to the North Korea challenge",
            ],
            pillars.Items.Select(p => p.Title));
        Assert.Equal(Enumerable.Range(1, 6), pillars.Items.Select(p => p.Number));
        Assert.StartsWith("Galvanize new areas of security cooperation, focusing on asymmetric capabilities", pillars.Items[3].Statement);
    }

    [Fact]
    public void Detects_the_three_lines_of_effort_from_the_foreword()
    {
        var lines = Assert.Single(Report.Frameworks, f => f.ItemNoun == "line of effort");
        Assert.Equal("broad lines of effort", lines.Name);
        Assert.StartsWith("Foreword", lines.Section);
        Assert.Equal(
            [
                "Reduce the irritants, find more common ground, and effectively manage the legitimate disagreements",
                "Aggressively engage in traditional alliance issues",
                "Broaden the aperture and cement progress into “new frontiers”",
            ],
            lines.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("Download")]
    [InlineData("View All Reports")]
    [InlineData("Lisa Curtis")]
    [InlineData("Strengthening the Shield")]
    [InlineData("Afghanistan")]
    [InlineData("Camp David")]
    [InlineData("Gibbs McKinley")]
    public void No_passage_comes_from_page_chrome(string chrome)
    {
        Assert.DoesNotContain(Report.Passages, p => p.Text.Contains(chrome, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_passage_is_a_verbatim_substring_of_the_seed_text()
    {
        var seed = EvalText.Fold(File.ReadAllText(CoreTestFiles.Path("Ingestion", "seed-landing-page.txt")));
        foreach (var passage in Report.Passages)
            foreach (var line in passage.Text.Split('\n'))
                Assert.Contains(EvalText.Fold(line), seed);
    }

    [Fact]
    public void List_items_are_their_own_passages_carrying_the_lead_in_as_context()
    {
        var items = Report.Passages.Where(p => p.Kind == PassageKind.ListItem).ToList();
        Assert.Equal(9, items.Count);
        Assert.All(items, i => Assert.EndsWith(":", i.Context));
        Assert.Contains("six policy pillars", items[^1].Context);
    }

    [Fact]
    public void Passages_are_quote_sized()
    {
        Assert.All(Report.Passages, p => Assert.InRange(p.WordCount, 3, 120));
        var median = Report.Passages.Select(p => p.Text.Length).Order().ElementAt(Report.Passages.Count / 2);
        Assert.InRange(median, 150, 600);
    }

    [Fact]
    public void Pillar_statements_carry_their_own_number_and_some_foreword_passages_carry_one_by_content()
    {
        foreach (var item in Report.Pillars!.Items)
            Assert.Contains(item.Number, Report.FindPassage(item.PassageId)!.Pillars);
        var newFrontiers = Report.Passages.Single(p => p.Text.StartsWith("Broaden the aperture", StringComparison.Ordinal));
        Assert.Equal([1], newFrontiers.Pillars);
        Assert.Contains(Report.Passages, p => p.Section.StartsWith("Foreword", StringComparison.Ordinal) && p.Pillars.Count > 0);
        var acknowledgments = Report.Passages.Where(p => p.Section == "Acknowledgments");
        Assert.All(acknowledgments, p => Assert.Empty(p.Pillars));
    }

    [Fact]
    public void Front_matter_gives_the_metadata()
    {
        var m = Report.Metadata;
        Assert.StartsWith("Renew, Elevate, Modernize", m.Title);
        Assert.Equal(new DateOnly(2020, 11, 16), m.Date);
        Assert.Equal(["Kristine Lee", "Joshua Fitt", "Coby Goldberg"], m.Authors);
        Assert.Equal("Ambassador Mark Lippert (Ret.)", m.ForewordAuthor);
        Assert.Contains("CNAS", m.Publisher);
    }

    [Fact]
    public void Passage_ids_are_unique_and_stable_across_rebuilds()
    {
        Assert.Equal(Report.Passages.Count, Report.Passages.Select(p => p.Id).Distinct().Count());
        var again = new ReportBot.Core.Ingestion.ReportBuilder();
        var corpus = again.ReadCorpus(RepositoryPaths.Corpus);
        var rebuilt = again.Build(corpus, ReportBot.Core.Analysis.SynonymRules.Parse(corpus.SynonymsText));
        Assert.Equal(Report.Passages.Select(p => p.Id), rebuilt.Passages.Select(p => p.Id));
    }
}
