using ReportBot.Core.Answers;

namespace ReportBot.Core.Digest;

/// <summary>
/// One item of the daily digest: a verbatim quote from the report, what it is about, where it is, the pillars it
/// belongs to, and a question the reader can ask next.
/// </summary>
/// <param name="Id">Stable across re-indexing of unchanged text (kind + passage + quote).</param>
/// <param name="Quote">Verbatim text from the report.</param>
/// <param name="Focus">For an action: the action phrase itself (a verbatim substring of the quote); otherwise null.</param>
/// <param name="FollowUp">A question to ask the bot next, e.g. "What does the report say about 5G deployment?".</param>
public sealed record Recommendation(
    string Id,
    RecommendationKind Kind,
    string Quote,
    string? Focus,
    Citation Citation,
    IReadOnlyList<PillarRef> Pillars,
    string FollowUp)
{
    /// <summary>
    /// What the item is, for a heading: "Pillar 4: Galvanize new areas of security cooperation" for a pillar and its
    /// actions, "Line of effort 1: Reduce the irritants, …" for a framework item; null for a sentence.
    /// </summary>
    public string? Label { get; init; }
}
