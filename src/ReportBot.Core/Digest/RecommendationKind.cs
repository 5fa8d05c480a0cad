namespace ReportBot.Core.Digest;

/// <summary>Where in the report a recommendation comes from.</summary>
public enum RecommendationKind
{
    /// <summary>A pillar's whole statement.</summary>
    Pillar,

    /// <summary>One concrete action a pillar's statement lists.</summary>
    Action,

    /// <summary>One of the foreword's lines of effort (any framework other than the pillars).</summary>
    FrameworkItem,

    /// <summary>A sentence that recommends ("should", "must", "recommend", "need to").</summary>
    Sentence,
}
