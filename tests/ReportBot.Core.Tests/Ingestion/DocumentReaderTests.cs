using System.Text;
using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Tests.Ingestion;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Markdown_gives_headings_paragraphs_and_numbered_items_with_plain_text()
    {
        var doc = new MarkdownDocumentReader().Read("r.md", Encoding.UTF8.GetBytes("""
            ---
            title: "A Report: On Things"
            date: 2021-02-03
            authors: [Ann One, Bob Two]
            ---

            # Intro

            Some *emphasised* text with a [link](http://x) and `code`,
            continued on a second line.

            3. Third item
            4. Fourth item
            """));
        Assert.Equal("A Report: On Things", doc.Metadata.Title);
        Assert.Equal(new DateOnly(2021, 2, 3), doc.Metadata.Date);
        Assert.Equal(["Ann One", "Bob Two"], doc.Metadata.Authors);
        Assert.Equal(
            [
                new DocumentBlock(BlockKind.Heading, "Intro") { Level = 1 },
                new DocumentBlock(BlockKind.Paragraph, "Some emphasised text with a link and code, continued on a second line."),
                new DocumentBlock(BlockKind.ListItem, "Third item") { ListNumber = 3 },
                new DocumentBlock(BlockKind.ListItem, "Fourth item") { ListNumber = 4 },
            ],
            doc.Blocks);
    }

    [Fact]
    public void Plain_text_gives_headings_paragraphs_and_items()
    {
        var doc = new PlainTextDocumentReader().Read("r.txt", Encoding.UTF8.GetBytes(
            "Executive Summary\n\nThe alliance is strong.\nIt has grown.\n\nWe propose two steps:\n1. First step here.\n2) Second step\n   continues here.\n"));
        Assert.Equal(
            [
                new DocumentBlock(BlockKind.Heading, "Executive Summary") { Level = 1 },
                new DocumentBlock(BlockKind.Paragraph, "The alliance is strong. It has grown."),
                new DocumentBlock(BlockKind.Paragraph, "We propose two steps:"),
                new DocumentBlock(BlockKind.ListItem, "First step here.") { ListNumber = 1 },
                new DocumentBlock(BlockKind.ListItem, "Second step continues here.") { ListNumber = 2 },
            ],
            doc.Blocks);
        Assert.Equal("Executive Summary", doc.Metadata.Title);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_read_as_latin1()
    {
        var doc = new PlainTextDocumentReader().Read("r.txt", [.. "Caf"u8, 0xE9, .. " society matters a great deal here."u8]);
        Assert.Equal("Café society matters a great deal here.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void A_landing_page_transcription_marked_fallback_gives_way_to_a_pdf()
    {
        Assert.True(FrontMatter.Split("---\nfallback: true\n---\nx").Metadata.Fallback);
        Assert.False(FrontMatter.Split("---\ntitle: x\n---\nx").Metadata.Fallback);
    }

    [Fact]
    public void Front_matter_is_optional_and_unterminated_front_matter_is_body()
    {
        Assert.Equal("", FrontMatter.Split("# Title\n\ntext").Metadata.Title);
        var (metadata, body, _) = FrontMatter.Split("---\ntitle: x\nno end");
        Assert.Equal("", metadata.Title);
        Assert.StartsWith("---", body);
    }
}
