using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>A block being assembled from lines, possibly across a page break.</summary>
internal sealed class BlockDraft
{
    private readonly List<string> _lines = [];

    private BlockDraft(BlockKind kind, TextLine first, string firstText, int page)
    {
        Kind = kind;
        FirstLine = first;
        LastLine = first;
        FirstPage = page;
        LastPage = page;
        _lines.Add(firstText);
    }

    public BlockKind Kind { get; }

    public int Level { get; private init; }

    /// <summary>Set in a size larger than body text (a heading, or a pull quote that turns out not to be one).</summary>
    public bool IsDisplay { get; private init; }

    public int? ListNumber { get; private init; }

    public TextLine FirstLine { get; }

    public TextLine LastLine { get; private set; }

    public int FirstPage { get; }

    public int LastPage { get; private set; }

    /// <summary>For list items: a continuation line was indented past the marker (a hanging indent).</summary>
    public bool HasHangingLine { get; private set; }

    public string LastText => _lines[^1];

    public static BlockDraft Heading(TextLine line, int page, int level, bool display) =>
        new(BlockKind.Heading, line, line.Text, page) { Level = level, IsDisplay = display };

    public static BlockDraft Paragraph(TextLine line, int page) => new(BlockKind.Paragraph, line, line.Text, page);

    public static BlockDraft ListItem(TextLine line, int page, ListMarker marker) =>
        new(BlockKind.ListItem, line, marker.Rest, page) { ListNumber = marker.Number };

    public void Add(TextLine line, int page)
    {
        if (Kind == BlockKind.ListItem && line.Left > FirstLine.Left + line.FontSize * 0.5) HasHangingLine = true;
        _lines.Add(line.Text);
        LastLine = line;
        LastPage = page;
    }

    /// <summary>
    /// The finished block, or null when nothing is left. A "heading" too long or punctuated like a sentence (a pull
    /// quote, a bold sentence) becomes a paragraph; one without letters (a big chapter number) is dropped.
    /// </summary>
    public DocumentBlock? ToBlock(LineJoiner joiner)
    {
        string text = TextMeasure.NormalizeSpace(joiner.Join(_lines));
        if (text.Length == 0) return null;
        var kind = Kind;
        if (kind == BlockKind.Heading)
        {
            if (!text.Any(char.IsLetter)) return null;
            string endings = IsDisplay ? ".,;" : ".,;:";
            if (TextMeasure.CountWords(text) > TypeScale.MaxHeadingWords || endings.Contains(text[^1])) kind = BlockKind.Paragraph;
        }
        return new DocumentBlock(kind, text)
        {
            Level = kind == BlockKind.Heading ? Level : 0,
            ListNumber = kind == BlockKind.ListItem ? ListNumber : null,
            Page = FirstPage,
            EndPage = LastPage > FirstPage ? LastPage : null,
        };
    }
}
