using ReportBot.Core.Search;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Search;

/// <summary>Typo correction with and without the model's vocabulary as the lexicon of real words.</summary>
public sealed class TypoLexiconTests(SeedReport withModel, WordsOnlySeedReport wordsOnly)
    : IClassFixture<SeedReport>, IClassFixture<WordsOnlySeedReport>
{
    private static Concept Word(SeedReport seed, string question, string surface) =>
        new PassageSearcher(seed.Library.Current).Search(question).Concepts.Single(c => c.Surface == surface);

    [Fact]
    public void A_word_of_the_language_the_report_never_uses_is_not_corrected_into_one_it_does()
    {
        // By words alone "exports" (no passage has it) becomes "expert", one letter away.
        Assert.True(Word(wordsOnly, "hi tech exports", "exports").Credit < 1);

        // With the lexicon it is a real word: left as typed, and counted as a word the report does not contain.
        var exports = Word(withModel, "hi tech exports", "exports");
        Assert.Equal(1, exports.Credit);
        Assert.True(exports.Unknown);
    }

    [Fact]
    public void A_misspelling_is_still_corrected_with_the_lexicon()
    {
        var korea = Word(withModel, "norht korea denuclearisation", "norht");
        Assert.True(korea.Credit < 1);
        Assert.False(korea.Unknown);
    }
}
