namespace ReportBot.Core.Answers;

/// <summary>
/// The engine's reply to one question, independent of any chat platform.
/// </summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Status">Answered, or why not.</param>
/// <param name="Confidence">0–1: how sure the engine is that the report answers the question (see <see cref="AnswerEvidence.Probability"/>).</param>
/// <param name="Excerpts">Ranked excerpts for this page (empty unless answered).</param>
/// <param name="Message">For anything but <see cref="AnswerStatus.Answered"/>: what to tell the user.</param>
/// <param name="Suggestions">Pillars that come closest, offered when the bot abstains.</param>
/// <param name="HasMore">Whether another page of excerpts exists.</param>
public sealed record Answer(
    string Question,
    AnswerStatus Status,
    double Confidence,
    IReadOnlyList<Excerpt> Excerpts,
    string? Message,
    IReadOnlyList<PillarRef> Suggestions,
    bool HasMore)
{
    public bool Answered => Status == AnswerStatus.Answered;

    /// <summary>For a question about the report itself: the fact, from its metadata, as a sentence (the excerpts say it too, where any do).</summary>
    public string? Fact { get; init; }

    /// <summary>Why this answer: matched words, signals and the decision; null for refusals that never searched.</summary>
    public AnswerEvidence? Evidence { get; init; }
}
