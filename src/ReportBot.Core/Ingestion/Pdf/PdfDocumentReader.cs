using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Reads PDF reports with PdfPig. Words (split at glyph gaps, never taken from <c>page.Text</c>) are grouped into
/// lines by baseline, column by column; running headers, footers, page numbers and contents entries are removed;
/// lines become headings (larger or bold type, levels by size rank), numbered or bulleted list items and
/// paragraphs, which continue across page and column breaks. Blocks carry the page they start on and, when they
/// run on, the page they end on. A cover page is read for metadata (title, byline) and yields no passages.
/// </summary>
/// <remarks>Encrypted or unreadable files make PdfPig throw; a page whose content cannot be parsed is skipped.</remarks>
public sealed class PdfDocumentReader : IDocumentReader
{
    private static readonly ParsingOptions Options = new() { UseLenientParsing = true, SkipMissingFonts = true };

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public SourceDocument Read(string fileName, byte[] content)
    {
        using var document = PdfDocument.Open(content, Options);
        var pages = new List<PageLines>(document.NumberOfPages);
        for (int number = 1; number <= document.NumberOfPages; number++)
            pages.Add(ReadPage(document, number));

        pages = RunningTextFilter.Apply(pages).Select(ContentsLineFilter.Apply).ToList();
        var scale = TypeScale.Measure(pages);
        var joiner = LineJoiner.From(pages.SelectMany(p => p.Lines));
        var blocks = new BlockAssembler(scale, joiner).Assemble(pages);
        if (!CoverPage.IsCover(blocks)) return new SourceDocument(fileName, PdfMetadataReader.Read(document.Information, blocks, []), blocks);
        var cover = blocks.Where(CoverPage.OnFirstPageOnly).ToList();
        var metadata = PdfMetadataReader.Read(document.Information, blocks, cover);
        return new SourceDocument(fileName, metadata, blocks.Where(b => !CoverPage.OnFirstPageOnly(b)).ToList());
    }

    private static PageLines ReadPage(PdfDocument document, int number)
    {
        try
        {
            Page page = document.GetPage(number);
            var bounds = page.CropBox.Bounds;
            return new PageLines(number, bounds.Bottom, bounds.Top, LineBuilder.Build(PdfWordReader.Read(page)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One broken page (a bad font or content stream) should not lose the rest of the report.
            return new PageLines(number, 0, 0, []);
        }
    }
}
