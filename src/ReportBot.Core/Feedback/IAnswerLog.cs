namespace ReportBot.Core.Feedback;

/// <summary>
/// The maintainers' record of answers and of the 👍/👎 they got. It is a report: nothing in the engine reads it
/// back to change answers.
/// </summary>
public interface IAnswerLog
{
    /// <summary>Keeps one answer (a question answered or abstained on).</summary>
    void Record(AnswerRecord answer);

    /// <summary>Stores <paramref name="voter"/>'s vote on an answer; one vote per voter and answer, the latest counts.</summary>
    /// <param name="platform">Where the vote came from: an answer given on another platform is unknown there, so a
    /// door cannot be used to vote on answers given through another.</param>
    /// <param name="voter">A pseudonym from <see cref="VoterPseudonyms"/>, never a platform user id.</param>
    FeedbackOutcome Vote(string answerId, string platform, string voter, FeedbackVote vote, DateTimeOffset at);

    /// <summary>What was asked since <paramref name="since"/>, for <c>stats</c>.</summary>
    AnswerLogSummary Summarize(DateTimeOffset since, int top);
}
