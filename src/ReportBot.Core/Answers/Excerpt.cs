namespace ReportBot.Core.Answers;

/// <summary>One ranked passage in an answer.</summary>
/// <param name="Rank">1-based rank within the whole result list (so page two starts after page one).</param>
/// <param name="PassageId">Stable passage id.</param>
/// <param name="Text">The whole passage, verbatim.</param>
/// <param name="Snippet">Markdown: the passage (or its best part) with matched terms in bold and Markdown escaped.</param>
/// <param name="Score">Ranking score; comparable only within one answer.</param>
public sealed record Excerpt(
    int Rank,
    string PassageId,
    string Text,
    string Snippet,
    double Score,
    Citation Citation,
    IReadOnlyList<PillarRef> Pillars);
