using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Tests.Ingestion;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(r => text[r]).ToArray();

    [Fact]
    public void Splits_at_sentence_ends()
    {
        Assert.Equal(new[] { "One thing.", "Another thing!", "A question?" }, Split("One thing. Another thing! A question?"));
    }

    [Theory]
    [InlineData("The election of Joseph R. Biden as president matters. Next one.", 2)]
    [InlineData("My colleague Dr. Victor Cha calls it a pyramid. Next one.", 2)]
    [InlineData("He is a Joseph S. Nye, Jr. Intern at CNAS. Next one.", 2)]
    [InlineData("Trade actions by the U.S. Government continued. Next one.", 2)]
    [InlineData("Ambassador Mark Lippert (Ret.) wrote it. Next one.", 2)]
    [InlineData("He said “it is done.” Then he left.", 2)]
    [InlineData("Version 2.0 of the plan is here. Next one.", 2)]
    public void Abbreviations_and_initials_do_not_end_sentences(string text, int expected)
    {
        Assert.Equal(expected, Split(text).Length);
    }

    [Fact]
    public void Ranges_cover_the_text_without_changing_it()
    {
        const string text = "  First sentence here.   Second one follows.  ";
        var parts = Split(text);
        Assert.Equal(["First sentence here.", "Second one follows."], parts);
    }
}
