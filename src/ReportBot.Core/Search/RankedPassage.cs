namespace ReportBot.Core.Search;

/// <summary>A passage a search returned, with its final score and the share of the question it covers.</summary>
/// <param name="Similarity">Cosine similarity of its meaning vector to the question's; null when ranked by words alone.</param>
internal sealed record RankedPassage(IndexedPassage Passage, double Score, double Coverage, double? Similarity = null);
