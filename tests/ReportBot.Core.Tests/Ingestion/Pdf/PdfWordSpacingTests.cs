using ReportBot.Core.Ingestion;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

/// <summary>Word boundaries come from glyph gaps: tight justification still separates words, letter-spaced type does not split them.</summary>
public sealed class PdfWordSpacingTests
{
    private const string Sentence = "Tight justification squeezes the spaces in a line of text.";

    [Theory]
    [InlineData(0.15)]
    [InlineData(0.18)]
    [InlineData(0.3)]
    public void Words_set_with_narrow_spaces_stay_apart(double spaceEms)
    {
        var text = Read(page => Place(page.page, page.font, Sentence, 72, 700, 10, spaceEms, trackingEms: 0));
        Assert.Equal(Sentence, Assert.Single(text));
    }

    [Fact]
    public void Letter_spaced_words_are_not_split_into_letters()
    {
        var text = Read(page => Place(page.page, page.font, "STRATEGIC OUTLOOK", 72, 700, 10, spaceEms: 0.3, trackingEms: 0.1));
        Assert.Equal("STRATEGIC OUTLOOK", Assert.Single(text));
    }

    private static List<string> Read(Action<(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font)> draw)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        draw((builder.AddPage(612, 792), font));
        return new PdfDocumentReader().Read("spacing.pdf", builder.Build()).Blocks.Select(b => b.Text).ToList();
    }

    /// <summary>Places every glyph on its own: <paramref name="trackingEms"/> after each letter, <paramref name="spaceEms"/> between words.</summary>
    private static void Place(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double x, double y,
        double size, double spaceEms, double trackingEms)
    {
        foreach (var word in text.Split(' '))
        {
            foreach (char c in word)
            {
                var letters = page.AddText(c.ToString(), size, new PdfPoint(x, y), font);
                x = letters[^1].EndBaseLine.X + trackingEms * size;
            }
            x += spaceEms * size;
        }
    }
}
