namespace ReportBot.Core.Ingestion;

/// <summary>Sizes that decide how blocks become passages. Defaults aim at 40–120-word quotes.</summary>
public sealed record PassageRules
{
    /// <summary>A paragraph longer than this is split at sentence boundaries.</summary>
    public int MaxWords { get; init; } = 110;

    /// <summary>Target size of the parts a long paragraph is split into.</summary>
    public int TargetWords { get; init; } = 75;

    /// <summary>A paragraph shorter than this (e.g. a byline or a role line) is joined to its neighbour in the same section.</summary>
    public int MinWords { get; init; } = 8;

    public static PassageRules Default { get; } = new();
}
