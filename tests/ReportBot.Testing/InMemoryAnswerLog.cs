using System.Collections.Concurrent;
using ReportBot.Core.Feedback;

namespace ReportBot.Testing;

/// <summary>An answer log in memory, for tests of what gets recorded (summaries come from the SQLite log).</summary>
public sealed class InMemoryAnswerLog : IAnswerLog
{
    public ConcurrentDictionary<string, AnswerRecord> Answers { get; } = new();

    public ConcurrentDictionary<(string AnswerId, string Voter), FeedbackVote> Votes { get; } = new();

    public void Record(AnswerRecord answer) => Answers[answer.Id] = answer;

    public FeedbackOutcome Vote(string answerId, string platform, string voter, FeedbackVote vote, DateTimeOffset at)
    {
        if (!Answers.TryGetValue(answerId, out var answer) || answer.Platform != platform) return FeedbackOutcome.UnknownAnswer;
        bool had = Votes.TryGetValue((answerId, voter), out var previous);
        if (had && previous == vote) return FeedbackOutcome.Unchanged;
        Votes[(answerId, voter)] = vote;
        return had ? FeedbackOutcome.Changed : FeedbackOutcome.Recorded;
    }

    public AnswerLogSummary Summarize(DateTimeOffset since, int top) =>
        throw new NotSupportedException("Summaries are tested against SqliteAnswerLog.");
}
