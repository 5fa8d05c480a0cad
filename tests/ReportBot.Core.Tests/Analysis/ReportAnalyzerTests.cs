using ReportBot.Core.Analysis;
using ReportBot.Core.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Analysis;

public sealed class ReportAnalyzerTests : IDisposable
{
    private static readonly SynonymRules Synonyms =
        SynonymRules.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt")));

    private readonly ReportAnalyzer _index = ReportAnalyzer.ForIndex(Synonyms);
    private readonly ReportAnalyzer _questions = ReportAnalyzer.ForQuestions(Synonyms);

    private HashSet<string> IndexTerms(string text) => TokenReader.Read(_index, text).Select(t => t.Term).ToHashSet();
    private HashSet<string> QuestionTerms(string text) => TokenReader.Read(_questions, text).Select(t => t.Term).ToHashSet();

    private void AssertMatch(string question, string text) =>
        Assert.True(QuestionTerms(question).Overlaps(IndexTerms(text)),
            $"'{question}' → [{string.Join(' ', QuestionTerms(question))}] shares no term with '{text}' → [{string.Join(' ', IndexTerms(text))}]");

    [Theory]
    [InlineData("ROK", "South Korea")]
    [InlineData("South Korea", "Republic of Korea")]
    [InlineData("Republic of Korea", "ROK")]
    [InlineData("Seoul", "the ROK")]
    [InlineData("DPRK", "North Korea")]
    [InlineData("North Korea", "Pyongyang")]
    [InlineData("US", "the United States")]
    [InlineData("United States", "U.S.")]
    [InlineData("Washington", "U.S.")]
    [InlineData("CPTPP", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership")]
    [InlineData("World Trade Organization", "WTO")]
    [InlineData("KORUS", "Korea-U.S. Free Trade Agreement")]
    [InlineData("COVID", "coronavirus pandemic")]
    [InlineData("drones", "unmanned systems")]
    [InlineData("telecom", "telecommunications")]
    public void Acronyms_and_synonyms_match_both_ways(string a, string b)
    {
        AssertMatch(a, b);
        AssertMatch(b, a);
    }

    [Fact]
    public void The_pronoun_us_is_not_the_country()
    {
        Assert.DoesNotContain("usa", IndexTerms("help us decide"));
        Assert.Contains("usa", IndexTerms("US policy"));
    }

    [Theory]
    [InlineData("North Korea’s arsenal", "north korea arsenals")]
    [InlineData("the alliance's partners", "alliances partner")]
    [InlineData("policies", "policy")]
    [InlineData("recommendations on technologies", "recommendation technology")]
    public void Possessives_and_plurals_reduce_to_the_same_terms(string text, string question)
    {
        var indexed = IndexTerms(text);
        Assert.All(TokenReader.Read(_index, question).Select(t => t.Term), t => Assert.Contains(t, indexed));
    }

    [Fact]
    public void A_dotted_acronym_glued_to_a_word_is_split()
    {
        var tokens = TokenReader.Read(_index, "the U.S.South Korea trade relationship");
        Assert.Contains(tokens, t => t.Term == "usa");
        Assert.Contains(tokens, t => t.Term == "rok");
        Assert.Contains(tokens, t => t.Term == "south" && t.StartOffset == 8 && t.EndOffset == 13);
    }

    [Fact]
    public void Ordinal_numbers_match_their_number()
    {
        AssertMatch("turns 70", "its 70th anniversary");
        AssertMatch("21st century", "21 century");
    }

    [Fact]
    public void Question_boilerplate_leaves_no_terms()
    {
        Assert.Empty(QuestionTerms("What does the report say about it? Tell me what the paper recommends."));
        Assert.Equal(["5g"], QuestionTerms("What does the report recommend on 5G?"));
    }

    [Fact]
    public void Synonym_offsets_span_the_phrase_so_highlights_cover_it()
    {
        var rok = TokenReader.Read(_index, "the Republic of Korea").Single(t => t.Term == "rok");
        Assert.Equal((4, 21), (rok.StartOffset, rok.EndOffset));
    }

    [Fact]
    public void Random_and_empty_input_never_throws()
    {
        var random = new Random(7);
        Assert.Empty(TokenReader.Read(_index, ""));
        for (int i = 0; i < 200; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 80)).Select(_ => (char)random.Next(1, 0x3000)).ToArray();
            _ = TokenReader.Read(_questions, new string(chars));
        }
    }

    public void Dispose()
    {
        _index.Dispose();
        _questions.Dispose();
    }
}
