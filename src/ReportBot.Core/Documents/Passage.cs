using System.Text.Json.Serialization;

namespace ReportBot.Core.Documents;

/// <summary>
/// A quotable unit of the report: a paragraph, a numbered list item or a sentence-aligned part of a long paragraph.
/// <see cref="Text"/> is verbatim and is what users see quoted.
/// </summary>
public sealed record Passage
{
    /// <summary>Stable id: derived from the section path and the text, so it survives re-indexing of unchanged text.</summary>
    public required string Id { get; init; }

    /// <summary>Position in reading order, 0-based.</summary>
    public required int Ordinal { get; init; }

    public required PassageKind Kind { get; init; }

    /// <summary>Headings from the top level down to the one the passage sits under.</summary>
    public required IReadOnlyList<string> SectionPath { get; init; }

    public required string Text { get; init; }

    /// <summary>For list items: the sentence that introduced the list. Searchable, never quoted as the passage.</summary>
    public string? Context { get; init; }

    /// <summary>The item's number when the passage is a numbered list item.</summary>
    public int? ListNumber { get; init; }

    public int? Page { get; init; }

    public int? EndPage { get; init; }

    /// <summary>Numbers of the pillars the passage belongs to (structurally) or is clearly about (by content), ascending.</summary>
    public IReadOnlyList<int> Pillars { get; init; } = [];

    [JsonIgnore]
    public string Section => SectionPath.Count == 0 ? "" : string.Join(" › ", SectionPath);

    [JsonIgnore]
    public int WordCount => TextMeasure.CountWords(Text);
}
