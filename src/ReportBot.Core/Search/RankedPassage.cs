namespace ReportBot.Core.Search;

/// <summary>A passage a search returned, with its final score and the share of the question it covers.</summary>
internal sealed record RankedPassage(IndexedPassage Passage, double Score, double Coverage);
