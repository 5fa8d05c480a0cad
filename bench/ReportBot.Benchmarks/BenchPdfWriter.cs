using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportBot.Benchmarks;

/// <summary>
/// Lays out the benchmark's long report the way publishing tools do, and as the PDF tests' writer does: every word
/// placed on its own at a computed x, with NO space characters, body text justified, a running header and a
/// page-number footer on every page but the cover, paragraphs running on across pages. The benchmark has its own
/// writer (only what <see cref="BenchPdf"/> uses: one column, no forced breaks or note references) because a
/// benchmark must not depend on tests/; the layout is the same, so the reader is timed on the PDFs it is tested on.
/// </summary>
public sealed class BenchPdfWriter
{
    private const double PageWidth = 612, PageHeight = 792;
    private const double Left = 72, Right = 540, TopOfBody = 712, BottomOfBody = 80;
    private const double BodySize = 10, Leading = 14, ParagraphSpace = 8, ItemSpace = 4, ItemIndent = 18;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly string _runningHeader;
    private PdfPageBuilder? _page;
    private PdfPageBuilder? _lastPage; // any page of this document can measure text
    private double _y;

    public BenchPdfWriter(string runningHeader, string infoTitle, string infoAuthor)
    {
        _runningHeader = runningHeader;
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _builder.DocumentInformation.Title = infoTitle;
        _builder.DocumentInformation.Author = infoAuthor;
    }

    public int PageCount { get; private set; }

    /// <summary>Page 1: big bold title lines, then byline and date; no running header or footer.</summary>
    public BenchPdfWriter Cover(string[] titleLines, params string[] smallLines)
    {
        var page = _lastPage = _builder.AddPage(PageWidth, PageHeight);
        PageCount++;
        double y = 520;
        foreach (var line in titleLines)
        {
            PlaceWords(page, line.Split(' '), Left, y, 24, _bold, justifyTo: null);
            y -= 30;
        }
        y -= 30;
        foreach (var line in smallLines)
        {
            PlaceWords(page, line.Split(' '), Left, y, 11, _regular, justifyTo: null);
            y -= 28;
        }
        _page = null;
        return this;
    }

    public BenchPdfWriter NewPage()
    {
        _page = _lastPage = _builder.AddPage(PageWidth, PageHeight);
        PageCount++;
        // Running header: the report's short title, small, above the body.
        PlaceWords(_page, _runningHeader.Split(' '), Left, 750, 8, _regular, justifyTo: null);
        // Footer: the bare page number, centred below the body.
        var number = PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        PlaceWords(_page, [number], PageWidth / 2 - Measure(number, 9, _regular) / 2, 40, 9, _regular, justifyTo: null);
        _y = TopOfBody;
        return this;
    }

    public BenchPdfWriter Heading(string text, double size)
    {
        EnsureRoom(size * 3);
        if (_y < TopOfBody) _y -= size;
        foreach (var line in Wrap(text.Split(' '), Right - Left, size, _bold))
        {
            PlaceWords(_page!, line, Left, _y, size, _bold, justifyTo: null);
            _y -= size * 1.25;
        }
        _y -= size * 0.5;
        return this;
    }

    /// <summary>A justified paragraph, running on at the top of the next page when the page is full.</summary>
    public BenchPdfWriter Paragraph(string text) =>
        EnsureRoom(Leading).Lines(Wrap(Words(text), Right - Left, BodySize, _regular), 0, ParagraphSpace);

    /// <summary>A numbered list item with a hanging indent: the number at the margin, the text (and its wraps) indented.</summary>
    public BenchPdfWriter NumberedItem(int number, string text)
    {
        EnsureRoom(Leading * 2);
        var lines = Wrap(Words(text), Right - Left - ItemIndent, BodySize, _regular);
        PlaceWords(_page!, [$"{number}."], Left, _y, BodySize, _regular, justifyTo: null);
        return Lines(lines, ItemIndent, ItemSpace);
    }

    public byte[] Build() => _builder.Build();

    private BenchPdfWriter Lines(List<string[]> lines, double indent, double spaceAfter)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (_y < BottomOfBody) NewPage();
            bool last = i == lines.Count - 1;
            PlaceWords(_page!, lines[i], Left + indent, _y, BodySize, _regular, justifyTo: last ? null : Right);
            _y -= Leading;
        }
        _y -= spaceAfter;
        return this;
    }

    private BenchPdfWriter EnsureRoom(double height)
    {
        if (_page is null || _y - height < BottomOfBody) NewPage();
        return this;
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private List<string[]> Wrap(IEnumerable<string> words, double width, double size, PdfDocumentBuilder.AddedFont font)
    {
        var lines = new List<string[]>();
        var current = new List<string>();
        double used = 0, space = Measure(" ", size, font);
        foreach (var word in words)
        {
            double w = Measure(word, size, font);
            if (current.Count > 0 && used + space + w > width)
            {
                lines.Add([.. current]);
                current.Clear();
                used = 0;
            }
            used += (current.Count > 0 ? space : 0) + w;
            current.Add(word);
        }
        if (current.Count > 0) lines.Add([.. current]);
        return lines;
    }

    /// <summary>Places each word separately; justified lines spread the leftover width over the gaps.</summary>
    private void PlaceWords(PdfPageBuilder page, string[] words, double x, double y, double size, PdfDocumentBuilder.AddedFont font, double? justifyTo)
    {
        var widths = words.Select(w => Measure(w, size, font)).ToArray();
        double gap = Measure(" ", size, font);
        if (justifyTo is double right && words.Length > 1)
            gap = (right - x - widths.Sum()) / (words.Length - 1);
        for (int i = 0; i < words.Length; i++)
        {
            page.AddText(words[i], size, new PdfPoint(x, y), font);
            x += widths[i] + gap;
        }
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var page = _lastPage ?? throw new InvalidOperationException("Add a page before measuring text.");
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }
}
