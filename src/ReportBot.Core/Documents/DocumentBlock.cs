namespace ReportBot.Core.Documents;

/// <summary>
/// One structural unit a reader found: a heading, a paragraph or a numbered list item, with its verbatim text.
/// Readers emit these; everything downstream works on blocks and never sees the file format.
/// </summary>
public sealed record DocumentBlock(BlockKind Kind, string Text)
{
    /// <summary>Heading level (1 = top) for headings; 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>The item's number for ordered list items; null for other blocks and bullet items.</summary>
    public int? ListNumber { get; init; }

    /// <summary>1-based page the block starts on, for paginated sources.</summary>
    public int? Page { get; init; }

    /// <summary>Last page the block runs onto, when it continues past <see cref="Page"/>.</summary>
    public int? EndPage { get; init; }
}
