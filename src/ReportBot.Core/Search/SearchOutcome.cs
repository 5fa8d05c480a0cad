namespace ReportBot.Core.Search;

/// <summary>What a search found: the question's concepts and the passages ranked best first.</summary>
internal sealed record SearchOutcome(IReadOnlyList<Concept> Concepts, IReadOnlyList<RankedPassage> Ranked)
{
    public static SearchOutcome Nothing { get; } = new([], []);

    /// <summary>Confidence that the best passage answers the question: its coverage.</summary>
    public double Confidence => Ranked.Count > 0 ? Ranked[0].Coverage : 0;
}
