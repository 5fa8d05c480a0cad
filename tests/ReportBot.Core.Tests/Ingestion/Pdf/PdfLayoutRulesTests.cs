using ReportBot.Core.Ingestion.Pdf;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

public sealed class PdfLayoutRulesTests
{
    [Theory]
    [InlineData("7", true)]
    [InlineData("Page 7", true)]
    [InlineData("- 7 -", true)]
    [InlineData("— 12 —", true)]
    [InlineData("7 of 26", true)]
    [InlineData("vii", true)]
    [InlineData("2020 was a year of change", false)]
    [InlineData("Executive Summary", false)]
    public void Bare_page_numbers_are_recognised(string line, bool expected) =>
        Assert.Equal(expected, RunningTextFilter.IsPageNumber(line));

    [Fact]
    public void Running_text_key_ignores_digits_case_and_spacing() =>
        Assert.Equal(RunningTextFilter.Key("Report Title | Page 7"), RunningTextFilter.Key("REPORT TITLE |  PAGE 12"));

    [Fact]
    public void Ligatures_fold_to_letters_and_other_text_stays_verbatim() =>
        Assert.Equal("“ﬁnal” → “final”".Replace("ﬁnal”", "final”"), Ligatures.Fold("“ﬁnal” → “ﬁnal”"));

    [Theory]
    [InlineData("develop-|ment of", "development of")]
    [InlineData("Indo-|Pacific", "Indo-Pacific")]
    [InlineData("COVID-|19 pandemic", "COVID-19 pandemic")]
    [InlineData("the machinations—|or lack thereof", "the machinations—or lack thereof")]
    [InlineData("a plain|line break", "a plain line break")]
    [InlineData("soft\u00AD|ware", "software")]
    public void Lines_join_with_hyphenation_rules(string lines, string expected) =>
        Assert.Equal(expected, LineJoiner.From([]).Join(lines.Split('|')));

    [Theory]
    [InlineData("Jane Doe, John Roe and Mary Major", new[] { "Jane Doe", "John Roe", "Mary Major" })]
    [InlineData("Jane Doe; John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Alexandra Anderson & Martin King, Jr.", new[] { "Alexandra Anderson", "Martin King, Jr." })]
    public void Authors_split_on_commas_and_and_semicolons(string author, string[] expected) =>
        Assert.Equal(expected, PdfMetadataReader.SplitAuthors(author));

    [Theory]
    [InlineData("1. Advance cooperation", 1, "Advance cooperation")]
    [InlineData("2) Reinvigorate trade", 2, "Reinvigorate trade")]
    [InlineData("• A bullet", null, "A bullet")]
    public void List_markers_are_recognised(string line, int? number, string rest)
    {
        var marker = ListMarker.Match(line);
        Assert.NotNull(marker);
        Assert.Equal((number, rest), (marker.Number, marker.Rest));
    }

    [Theory]
    [InlineData("3.5 percent of GDP")]
    [InlineData("2020. The year")]
    [InlineData("5G deployment")]
    public void Numbers_that_are_not_list_markers_are_ignored(string line) => Assert.Null(ListMarker.Match(line));
}
