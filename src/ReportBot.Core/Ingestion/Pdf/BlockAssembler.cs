using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Turns the pages' lines (running text already removed) into blocks in reading order. A new block starts at a
/// heading-style line, a list marker, a vertical gap wider than the line pitch, a first-line indent, a change of
/// font size, or after a short line that ends a sentence. A block still open at the bottom of a page (or column)
/// that does not end a sentence continues with the first line of the next page (or column).
/// </summary>
/// <remarks>Holds the state of one pass: use one instance per document.</remarks>
internal sealed class BlockAssembler(TypeScale scale, LineJoiner joiner)
{
    /// <summary>A gap this much wider than the usual line pitch separates paragraphs.</summary>
    private const double ParagraphGapRatio = 1.25;

    /// <summary>A line ending this share of the text width short of the right margin is a paragraph's last line.</summary>
    private const double ShortLineShare = 0.2;

    private readonly List<DocumentBlock> _blocks = [];
    private readonly HashSet<DocumentBlock> _displayText = new(ReferenceEqualityComparer.Instance);
    private BlockDraft? _open;
    private int _lastListNumber;

    public List<DocumentBlock> Assemble(IReadOnlyList<PageLines> pages)
    {
        foreach (var page in pages)
        {
            var margins = PageMargins.MeasureColumns(page, scale);
            TextLine? previous = null;
            foreach (var line in page.Lines)
            {
                Place(line, previous, page.Number, margins[line.Column]);
                previous = line;
            }
        }
        Flush();
        return _blocks.Where(b => !IsPullQuote(b)).ToList();
    }

    /// <summary>Display-size text that repeats a sentence of the body (a pull quote) would only duplicate it.</summary>
    private bool IsPullQuote(DocumentBlock block)
    {
        if (!_displayText.Contains(block)) return false;
        var quote = block.Text.Trim('"', '“', '”', '‘', '’', '\'', ' ');
        return quote.Length > 0 && _blocks.Any(b => !ReferenceEquals(b, block) && b.Text.Contains(quote, StringComparison.Ordinal));
    }

    private void Place(TextLine line, TextLine? previous, int page, PageMargins margins)
    {
        if (scale.IsLarger(line))
        {
            PlaceHeading(line, previous, page);
            return;
        }

        var marker = ListMarker.Match(line.Text);
        // At the top of a page or of the next column, an unfinished block carries on.
        bool newFlow = previous is null || line.Baseline >= previous.Baseline;
        bool continues = _open is not null && _open.Kind != BlockKind.Heading
            && (newFlow ? ContinuesInNewFlow(_open, line) : !BreaksParagraph(_open, previous!, line, margins));

        if (marker is null && !continues && IsBoldHeading(line, margins)) PlaceHeading(line, previous, page);
        else if (marker is not null && IsListStart(marker, continues))
        {
            Flush();
            _open = BlockDraft.ListItem(line, page, marker);
            if (marker.Number is int n) _lastListNumber = n;
        }
        else if (continues) _open!.Add(line, page);
        else
        {
            Flush();
            _open = BlockDraft.Paragraph(line, page);
        }
    }

    /// <summary>A bold line at body size that stands on its own: it does not run to the right margin like paragraph text.</summary>
    private bool IsBoldHeading(TextLine line, PageMargins margins) =>
        scale.IsHeadingStyle(line) && line.Right < margins.Right - line.FontSize * 2;

    private void PlaceHeading(TextLine line, TextLine? previous, int page)
    {
        // A heading set over several lines: same style, right below the previous line.
        if (_open is { Kind: BlockKind.Heading } && previous is not null
            && TypeScale.Style(_open.LastLine) == TypeScale.Style(line)
            && previous.Baseline - line.Baseline is var gap && gap > 0 && gap <= line.FontSize * 2)
        {
            _open.Add(line, page);
            return;
        }
        Flush();
        _open = BlockDraft.Heading(line, page, scale.Level(line), display: scale.IsLarger(line));
        _lastListNumber = 0;
    }

    /// <summary>"1." always may start a list (unless it falls mid-sentence); later numbers must follow on.</summary>
    private bool IsListStart(ListMarker marker, bool continues)
    {
        if (marker.Number is not int n) return true;
        if (n == 1) return !continues || EndsSentence(_open!.LastText);
        return n == _lastListNumber + 1;
    }

    private static bool ContinuesInNewFlow(BlockDraft open, TextLine line) =>
        !EndsSentence(open.LastText) && SameSize(open.LastLine, line);

    private bool BreaksParagraph(BlockDraft open, TextLine previous, TextLine line, PageMargins margins)
    {
        double size = Math.Max(previous.FontSize, line.FontSize);
        double gap = previous.Baseline - line.Baseline;
        if (gap > scale.Pitch(size) * ParagraphGapRatio || !SameSize(previous, line)) return true;

        bool previousIsShort = previous.Right < margins.Right - margins.Width * ShortLineShare;
        if (previousIsShort && EndsSentence(previous.Text)) return true;

        if (open.Kind == BlockKind.ListItem)
        {
            // Back at the marker's column after hanging-indented lines: the list item is over.
            return open.HasHangingLine && line.Left < open.FirstLine.Left + size * 0.5;
        }

        // A first-line indent after a line at the margin opens a new paragraph.
        bool previousAtMargin = Math.Abs(previous.Left - margins.Left) < size * 0.5;
        double indent = line.Left - margins.Left;
        return previousAtMargin && indent > size * 0.7 && indent < size * 6;
    }

    private static bool SameSize(TextLine a, TextLine b) => Math.Abs(a.FontSize - b.FontSize) <= a.FontSize * 0.15;

    /// <summary>Ends with terminal punctuation, possibly followed by closing quotes or brackets.</summary>
    internal static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', ']');
        return trimmed.Length > 0 && ".!?:…".Contains(trimmed[^1]);
    }

    private void Flush()
    {
        if (_open?.ToBlock(joiner) is { } block)
        {
            _blocks.Add(block);
            if (_open.IsDisplay && block.Kind != BlockKind.Heading) _displayText.Add(block);
        }
        _open = null;
    }
}
