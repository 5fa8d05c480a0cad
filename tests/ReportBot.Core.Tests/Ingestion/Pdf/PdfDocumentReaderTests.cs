using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;
using UglyToad.PdfPig;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

public sealed class PdfDocumentReaderTests
{
    private static readonly Lazy<byte[]> Pdf = new(() => SampleReport.Build());
    private static readonly Lazy<SourceDocument> Document = new(() => new PdfDocumentReader().Read("report.pdf", Pdf.Value));

    private static IReadOnlyList<DocumentBlock> Blocks => Document.Value.Blocks;

    private static DocumentBlock Single(string text) =>
        Assert.Single(Blocks, b => b.Text == text);

    [Fact]
    public void Fixture_places_words_without_spaces_so_page_text_runs_them_together()
    {
        using var pdf = PdfDocument.Open(Pdf.Value);
        Assert.Equal(5, pdf.NumberOfPages);
        Assert.Contains("Thepartnershipbetween", pdf.GetPage(2).Text);
        Assert.DoesNotContain(' ', pdf.GetPage(2).Letters.Select(l => l.Value[0]));
    }

    [Fact]
    public void Justified_words_are_separated_exactly()
    {
        Assert.Equal(BlockKind.Paragraph, Single(SampleReport.Plain(SampleReport.Opening)).Kind);
        Assert.Equal(BlockKind.Paragraph, Single(SampleReport.AfterList).Kind);
        Single(SampleReport.Assessment);
        Single(SampleReport.Closing);
    }

    [Fact]
    public void Raised_note_references_are_dropped()
    {
        Assert.Contains("disputes,^2 and", SampleReport.Opening);
        Assert.EndsWith("decade ahead.", Single(SampleReport.Plain(SampleReport.Opening)).Text);
        Assert.Contains(" tactical disputes, and the partners ", Single(SampleReport.Plain(SampleReport.Opening)).Text);
    }

    [Fact]
    public void Blocks_carry_the_page_they_start_on()
    {
        Assert.All(Blocks, b => Assert.NotNull(b.Page));
        // Page 1 is the cover: metadata, no blocks.
        Assert.Equal(2, Blocks[0].Page);
        Assert.Equal(2, Single("Executive Summary").Page);
        Assert.Equal(2, Single(SampleReport.Plain(SampleReport.Opening)).Page);
        Assert.Equal(3, Single("Strategic Context").Page);
        Assert.Equal(3, Single(SampleReport.Plain(SampleReport.Hyphenated)).Page);
        Assert.Equal(4, Single("Recommendations").Page);
        Assert.Equal(4, Single(SampleReport.Assessment).Page);
        Assert.Equal(5, Single(SampleReport.Closing).Page);
    }

    [Fact]
    public void Paragraph_running_onto_the_next_page_is_one_block_with_both_pages()
    {
        var block = Single(SampleReport.Continued);
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Equal(3, block.Page);
        Assert.Equal(4, block.EndPage);
        Assert.Single(Blocks, b => b.EndPage is not null);
    }

    [Fact]
    public void Running_header_footer_and_page_numbers_never_reach_a_block()
    {
        Assert.DoesNotContain(Blocks, b => b.Text.Contains("BRIDGING THE PACIFIC", StringComparison.Ordinal));
        Assert.DoesNotContain(Blocks, b => b.Text.Contains("NOVEMBER 2020", StringComparison.Ordinal));
        Assert.DoesNotContain(Blocks, b => b.Text.All(char.IsDigit));
        Assert.DoesNotContain(Blocks, b => System.Text.RegularExpressions.Regex.IsMatch(b.Text, @"(^\d{1,2} )|( \d{1,2}$)"));
    }

    [Fact]
    public void Headings_are_detected_with_levels_by_size()
    {
        var headings = Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => (b.Text, b.Level)).ToList();
        Assert.Equal(
        new[]
        {
            ("Executive Summary", 1), // the cover's title is metadata, not a heading
            ("Strategic Context", 1),
            ("Economic Ties", 2),
            ("Security Ties", 2),
            ("Recommendations", 1),
            ("Technology Cooperation", 3),
            ("Conclusion", 1),
        }, headings);
    }

    [Fact]
    public void Numbered_items_are_list_items_after_their_lead_in()
    {
        var items = Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(new[] { 1, 2, 3 }, items.Select(i => i.ListNumber ?? 0));
        Assert.Equal(SampleReport.Pillars, items.Select(i => i.Text));
        Assert.All(items, i => Assert.Equal(2, i.Page));

        int first = Blocks.ToList().IndexOf(items[0]);
        Assert.Equal(new DocumentBlock(BlockKind.Paragraph, SampleReport.LeadIn) { Page = 2 }, Blocks[first - 1]);
    }

    [Fact]
    public void Line_end_hyphens_join_words_but_keep_real_compounds()
    {
        var text = Single(SampleReport.Plain(SampleReport.Hyphenated)).Text;
        Assert.Contains(" development of ", text);
        Assert.Contains(" Indo-Pacific region", text);
        Assert.Contains(" long-term investors", text); // written "long-term" elsewhere, so the hyphen stays
        Assert.Contains(" U.S.-South Korea ", Single(SampleReport.Plain(SampleReport.Dialogue)).Text);
    }

    [Fact]
    public void Metadata_comes_from_document_information()
    {
        var metadata = Document.Value.Metadata;
        Assert.Equal(SampleReport.Title, metadata.Title);
        Assert.Equal(new[] { "Jane Doe", "John Roe", "Mary Major" }, metadata.Authors);
    }

    [Fact]
    public void Without_document_information_the_title_is_the_largest_heading_on_page_one()
    {
        var document = new PdfDocumentReader().Read("report.pdf", SampleReport.Build(withDocumentInformation: false));
        Assert.Equal(SampleReport.Title, document.Metadata.Title);
        Assert.Empty(document.Metadata.Authors);
    }

    [Fact]
    public void Unreadable_bytes_throw()
    {
        Assert.ThrowsAny<Exception>(() => new PdfDocumentReader().Read("broken.pdf", "not a pdf"u8.ToArray()));
    }
}
