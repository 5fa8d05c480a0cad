using ReportBot.Core.Answers;

namespace ReportBot.Core.Feedback;

/// <summary>
/// One answer as the maintainers' log keeps it: the question in normalised form and the passages shown, never who
/// asked.
/// </summary>
/// <param name="Id">Random id the answer's feedback buttons carry.</param>
/// <param name="Platform">Where it was asked ("discord", "msteams", "web").</param>
/// <param name="Question">The question after <see cref="QuestionNormalizer.Normalize"/>.</param>
/// <param name="Status">Answered or NotCovered (the bot abstained).</param>
/// <param name="Confidence">The engine's confidence.</param>
/// <param name="PassageIds">The passages shown, in rank order (none when the bot abstained).</param>
/// <param name="Skip">Excerpts shown on earlier pages: 0 for the question itself, more for "More results".</param>
/// <param name="At">When it was answered.</param>
public sealed record AnswerRecord(
    string Id,
    string Platform,
    string Question,
    AnswerStatus Status,
    double Confidence,
    IReadOnlyList<string> PassageIds,
    int Skip,
    DateTimeOffset At);
