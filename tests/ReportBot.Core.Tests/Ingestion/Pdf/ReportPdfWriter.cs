using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

/// <summary>
/// Lays out a report the way publishing tools do: every word placed on its own at a computed x, with NO space
/// characters, body text justified, a running header and a page-number footer on every page but the cover.
/// In paragraph text "~" marks a forced line break inside a word: "develop~ment" ends a line with "develop-",
/// "Indo-~Pacific" ends one with "Indo-"; "^" starts a raised note reference glued to its word: "decade.^4".
/// Text can run in one measure or, after <see cref="TwoColumns"/>, in two columns.
/// </summary>
internal sealed class ReportPdfWriter
{
    public const double PageWidth = 612, PageHeight = 792;
    public const double Left = 72, Right = 540, TopOfBody = 712, BottomOfBody = 80;
    public const double BodySize = 10, Leading = 14, ParagraphSpace = 8, Gutter = 24;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly string _runningHeader;
    private PdfPageBuilder? _page;
    private PdfPageBuilder? _lastPage; // any page of this document can measure text
    private double _y;

    // The text area being filled: the full measure, or one of two columns.
    private double _left = Left, _right = Right, _columnTop = TopOfBody;
    private int _columns = 1, _column;

    public ReportPdfWriter(string runningHeader, string? infoTitle = null, string? infoAuthor = null)
    {
        _runningHeader = runningHeader;
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        if (infoTitle is null && infoAuthor is null) _builder.IncludeDocumentInformation = false;
        _builder.DocumentInformation.Title = infoTitle;
        _builder.DocumentInformation.Author = infoAuthor;
    }

    public int PageCount { get; private set; }

    /// <summary>Page 1: big bold title lines, then byline and date; no running header or footer.</summary>
    public ReportPdfWriter Cover(string[] titleLines, params string[] smallLines)
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

    public ReportPdfWriter NewPage()
    {
        _page = _lastPage = _builder.AddPage(PageWidth, PageHeight);
        PageCount++;
        // Running header: the report's short title, small, above the body.
        PlaceWords(_page, _runningHeader.Split(' '), Left, 750, 8, _regular, justifyTo: null);
        // Footer: the bare page number, centred below the body.
        var number = PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        PlaceWords(_page, [number], PageWidth / 2 - Width(number, 9, _regular) / 2, 40, 9, _regular, justifyTo: null);
        _y = _columnTop = TopOfBody;
        SetColumn(0);
        return this;
    }

    /// <summary>From here on, text flows down the left column, then the right one, then onto the next page.</summary>
    public ReportPdfWriter TwoColumns()
    {
        EnsureRoom(Leading);
        _columns = 2;
        _columnTop = _y;
        SetColumn(0);
        return this;
    }

    private void SetColumn(int column)
    {
        _column = column;
        double width = _columns == 1 ? Right - Left : (Right - Left - Gutter) / 2;
        _left = Left + column * (width + Gutter);
        _right = _left + width;
    }

    /// <summary>Moves to the top of the right column, or of the next page.</summary>
    private void NextArea()
    {
        if (_columns == 2 && _column == 0)
        {
            SetColumn(1);
            _y = _columnTop;
        }
        else NewPage();
    }

    public ReportPdfWriter Heading(string text, double size)
    {
        EnsureRoom(size * 3);
        if (_y < TopOfBody) _y -= size;
        foreach (var line in Wrap(text.Split(' '), _right - _left, size, _bold))
        {
            PlaceWords(_page!, line, _left, _y, size, _bold, justifyTo: null);
            _y -= size * 1.25;
        }
        _y -= size * 0.5;
        return this;
    }

    /// <summary>
    /// A justified paragraph. With <paramref name="linesOnThisPage"/> the paragraph is pushed to the bottom of the
    /// page (or column) so that exactly that many lines fit, and the rest runs on at the top of the next page (or column).
    /// </summary>
    public ReportPdfWriter Paragraph(string text, int? linesOnThisPage = null) =>
        EnsureRoom(Leading).Lines(Wrap(Tokens(text), _right - _left, BodySize, _regular), 0, linesOnThisPage);

    /// <summary>A numbered list item with a hanging indent: the number at the margin, the text (and its wraps) indented.</summary>
    public ReportPdfWriter NumberedItem(int number, string text)
    {
        const double indent = 18;
        EnsureRoom(Leading * 2);
        var lines = Wrap(Tokens(text), _right - _left - indent, BodySize, _regular);
        PlaceWords(_page!, [$"{number}."], _left, _y, BodySize, _regular, justifyTo: null);
        return Lines(lines, indent, null, spaceAfter: 4);
    }

    public byte[] Build() => _builder.Build();

    private ReportPdfWriter Lines(List<string[]> lines, double indent, int? linesInThisArea, double spaceAfter = ParagraphSpace)
    {
        if (linesInThisArea is int n) _y = BottomOfBody + (n - 1) * Leading;
        for (int i = 0; i < lines.Count; i++)
        {
            if (_y < BottomOfBody) NextArea();
            bool last = i == lines.Count - 1;
            PlaceWords(_page!, lines[i], _left + indent, _y, BodySize, _regular, justifyTo: last ? null : _right);
            _y -= Leading;
        }
        _y -= spaceAfter;
        return this;
    }

    private ReportPdfWriter EnsureRoom(double height)
    {
        if (_page is null) NewPage();
        else if (_y - height < BottomOfBody) NextArea();
        return this;
    }

    /// <summary>Splits text into words; a word with "~" becomes its head (with a hyphen) plus a forced break, then its tail.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int mark = word.IndexOf('~');
            if (mark < 0) { tokens.Add(word); continue; }
            var head = word[..mark];
            tokens.Add(head.EndsWith('-') ? head : head + "-");
            tokens.Add("\n");
            tokens.Add(word[(mark + 1)..]);
        }
        return tokens;
    }

    private List<string[]> Wrap(IEnumerable<string> tokens, double width, double size, PdfDocumentBuilder.AddedFont font)
    {
        var lines = new List<string[]>();
        var current = new List<string>();
        double used = 0, space = Width(" ", size, font);
        foreach (var token in tokens)
        {
            if (token == "\n")
            {
                lines.Add([.. current]);
                current.Clear();
                used = 0;
                continue;
            }
            double w = Width(token, size, font);
            if (current.Count > 0 && used + space + w > width)
            {
                lines.Add([.. current]);
                current.Clear();
                used = 0;
            }
            used += (current.Count > 0 ? space : 0) + w;
            current.Add(token);
        }
        if (current.Count > 0) lines.Add([.. current]);
        return lines;
    }

    /// <summary>Places each word separately; justified lines spread the leftover width over the gaps.</summary>
    private void PlaceWords(PdfPageBuilder page, string[] words, double x, double y, double size, PdfDocumentBuilder.AddedFont font, double? justifyTo)
    {
        var widths = words.Select(w => Width(w, size, font)).ToArray();
        double gap = Width(" ", size, font);
        if (justifyTo is double right && words.Length > 1)
            gap = (right - x - widths.Sum()) / (words.Length - 1);
        for (int i = 0; i < words.Length; i++)
        {
            var (word, note) = SplitNote(words[i]);
            page.AddText(word, size, new PdfPoint(x, y), font);
            if (note.Length > 0)
                page.AddText(note, size * NoteScale, new PdfPoint(x + Measure(word, size, font), y + size * NoteRise), font);
            x += widths[i] + gap;
        }
    }

    private const double NoteScale = 0.6, NoteRise = 0.35;

    private static (string Word, string Note) SplitNote(string token)
    {
        int caret = token.IndexOf('^');
        return caret < 0 ? (token, "") : (token[..caret], token[(caret + 1)..]);
    }

    private double Width(string token, double size, PdfDocumentBuilder.AddedFont font)
    {
        var (word, note) = SplitNote(token);
        return Measure(word, size, font) + (note.Length > 0 ? Measure(note, size * NoteScale, font) : 0);
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var page = _lastPage ?? throw new InvalidOperationException("Add a page before measuring text.");
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }
}
