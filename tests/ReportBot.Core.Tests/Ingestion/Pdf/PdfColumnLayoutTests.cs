using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

public sealed class PdfColumnLayoutTests
{
    private static readonly Lazy<byte[]> Pdf = new(TwoColumnReport.Build);
    private static readonly Lazy<SourceDocument> Document = new(() => new PdfDocumentReader().Read("columns.pdf", Pdf.Value));

    [Fact]
    public void Fixture_breaks_paragraphs_across_columns_and_pages()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Pdf.Value);
        var first = pdf.GetPage(1).GetWords().ToList();
        var governments = first.Single(w => w.Text == "Governments");
        Assert.True(governments.BoundingBox.Right < 300 && governments.BoundingBox.Bottom < 100, "starts at the foot of the left column");
        Assert.True(first.Single(w => w.Text == "one.").BoundingBox.Left > 300, "ends in the right column");
        Assert.Contains(first, w => w.Text == "joint");
        Assert.Contains(pdf.GetPage(2).GetWords(), w => w.Text == "together");
    }

    [Fact]
    public void Columns_are_read_left_then_right_and_runs_across_columns_and_pages_stay_whole()
    {
        var blocks = Document.Value.Blocks;
        Assert.Equal(
            new[]
            {
                (BlockKind.Heading, "Economic Security in a Connected Region", 1, (int?)null),
                (BlockKind.Paragraph, TwoColumnReport.First, 1, null),
                (BlockKind.Paragraph, TwoColumnReport.Second, 1, null),
                (BlockKind.Paragraph, TwoColumnReport.AcrossColumns, 1, null),
                (BlockKind.Paragraph, TwoColumnReport.Third, 1, null),
                (BlockKind.Paragraph, TwoColumnReport.AcrossPages, 1, 2),
                (BlockKind.Paragraph, TwoColumnReport.Last, 2, null),
            },
            blocks.Select(b => (b.Kind, b.Text, b.Page ?? 0, b.EndPage)));
    }
}
