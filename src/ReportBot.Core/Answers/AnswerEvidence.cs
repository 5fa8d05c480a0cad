namespace ReportBot.Core.Answers;

/// <summary>
/// Why the bot answered (or did not): the words that matched and how, the signals and the decision made on them.
/// </summary>
/// <param name="Matched">Question words the first passage contains, each with the index terms that matched ("burden-sharing → burden, share").</param>
/// <param name="Missing">Question words it does not contain.</param>
/// <param name="Probability">The fitted probability that the report answers the question (with the model), or the coverage (without).</param>
/// <param name="Threshold">The bar <see cref="Probability"/> is held to.</param>
/// <param name="Decision">In words: which rule decided.</param>
public sealed record AnswerEvidence(
    IReadOnlyList<string> Matched,
    IReadOnlyList<string> Missing,
    AnswerSignals Signals,
    double Probability,
    double Threshold,
    string Decision);
