namespace ReportBot.Core.Answers;

/// <summary>
/// What the decision to answer or abstain was made on, measured on the passage ranked first. Shown by
/// <c>ask --explain</c> and "Why this answer?"; the inputs <see cref="AbstentionModel"/> was fitted on.
/// </summary>
/// <param name="Coverage">IDF-weighted share of the question's words the passage contains (synonyms and corrected typos count).</param>
/// <param name="Similarity">Cosine similarity of the question's and the passage's meaning vectors; null without the model.</param>
/// <param name="Margin">How far the passage's combined score is ahead of the next one's.</param>
/// <param name="UnknownShare">IDF-weighted share of the question's words no passage contains (everyday words excluded).</param>
/// <param name="UnknownMax">The largest such share of one unknown word: a single name the report never mentions.</param>
/// <param name="SimilarityAboveMedian">How far <see cref="Similarity"/> stands above the median passage's: a question the
/// report answers has a passage that stands out; one it does not is about equally far from all of them.</param>
/// <param name="LexicalBestSimilarity">The meaning similarity of the passage ranked first by words alone: whether the two
/// rankings agree that the best word match is also about the question.</param>
/// <param name="UnknownNameShare">IDF-weighted share of the question taken by capitalised words past its first that no
/// passage contains: names ("Ukraine", "THAAD") the report never mentions.</param>
/// <param name="AnswerKindMissing">1 when the question asks for a figure the passage does not state, or about a year after
/// the report that the passage never names (<see cref="AnswerKindCheck"/>); else 0.</param>
public sealed record AnswerSignals(
    double Coverage, double? Similarity, double Margin, double UnknownShare, double UnknownMax,
    double? SimilarityAboveMedian = null, double? LexicalBestSimilarity = null, double UnknownNameShare = 0, double AnswerKindMissing = 0)
{
    /// <summary>The signals in the order <see cref="AbstentionModel"/> weighs them.</summary>
    public double[] Vector() => [Coverage, UnknownShare, SimilarityAboveMedian ?? 0, LexicalBestSimilarity ?? 0, Similarity ?? 0, UnknownNameShare, AnswerKindMissing];

    /// <summary>
    /// Which way each signal may push the decision: more coverage or similarity never makes the report less likely to
    /// answer, more unknown words never more likely. The fit keeps its weights to these signs, so a few questions
    /// cannot teach it that a passage far from the question in meaning is a better answer.
    /// </summary>
    public static IReadOnlyList<int> Signs { get; } = [1, -1, 1, 1, 1, -1, -1];

    public static IReadOnlyList<string> Names { get; } = ["coverage", "unknown share", "similarity above median", "similarity of the best word match", "similarity", "unknown names", "answer kind missing"];
}
