using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Options;

namespace ReportBot.Core.Feedback;

/// <summary>
/// Connects conversations to the answer log: records each answer (getting the id its 👍/👎 buttons carry) and
/// stores votes under a pseudonym of the voter. Switched off (<see cref="FeedbackOptions.Enabled"/>), it records
/// nothing and answers get no buttons.
/// </summary>
public sealed class AnswerFeedback(IAnswerLog log, VoterPseudonyms voters, IOptions<FeedbackOptions> options, TimeProvider time)
{
    /// <summary>Logs an answer or abstention; returns the id for its feedback buttons, or null when feedback is off.</summary>
    public string? Record(Turn turn, string question, Answer answer, int skip)
    {
        if (!options.Value.Enabled) return null;
        string id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        log.Record(new AnswerRecord(id, turn.Platform.Key, QuestionNormalizer.Normalize(question), answer.Status, answer.Confidence,
            answer.Excerpts.Select(e => e.PassageId).ToList(), skip, time.GetUtcNow()));
        return id;
    }

    public FeedbackOutcome Vote(Turn turn, string answerId, FeedbackVote vote) =>
        log.Vote(answerId, turn.Platform.Key, voters.For(turn.Platform.Key, turn.UserId), vote, time.GetUtcNow());
}
