namespace ReportBot.Core.Documents;

/// <summary>The report as the engine knows it: metadata, passages in reading order, and detected frameworks.</summary>
public sealed record Report
{
    public required ReportMetadata Metadata { get; init; }
    public required IReadOnlyList<Passage> Passages { get; init; }
    public required IReadOnlyList<Framework> Frameworks { get; init; }

    /// <summary>The framework pillar references point into (the report's "pillars"); null if none was found.</summary>
    public Framework? Pillars { get; init; }

    /// <summary>Hash of the corpus files and the ingestion rules that produced this report.</summary>
    public required string ContentHash { get; init; }

    private Dictionary<string, Passage>? _byId;

    public Passage? FindPassage(string id)
    {
        _byId ??= Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        return _byId.GetValueOrDefault(id);
    }
}
