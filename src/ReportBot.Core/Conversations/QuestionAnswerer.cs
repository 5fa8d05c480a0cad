using System.Diagnostics;
using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Feedback;
using ReportBot.Core.Telemetry;

namespace ReportBot.Core.Conversations;

/// <summary>
/// Answers a question as a reply: the excerpts, or that the report doesn't cover it, with the buttons that follow
/// (more results, the pillars involved, why this answer, a vote). Counts and logs every question.
/// </summary>
public sealed class QuestionAnswerer(
    AnswerEngine answers,
    PillarDirectory pillars,
    IQuestionMemory questions,
    AnswerFeedback feedback,
    BotMetrics metrics,
    TurnLog log)
{
    private const int MaxPillarButtons = 3;

    /// <summary>Answers <paramref name="question"/>; <paramref name="skip"/> excerpts were shown already.</summary>
    public Reply Ask(Turn turn, string question, int skip)
    {
        long started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(question, skip: skip);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics.Question(turn.Platform.Key, answer.Status switch
        {
            AnswerStatus.Answered => "answered",
            AnswerStatus.NotCovered => "abstained",
            AnswerStatus.SmallTalk => "small_talk",
            _ => "refused",
        }, elapsed);
        log.Answered(turn, question, answer, elapsed);
        string? answerId = answer.Status is AnswerStatus.Answered or AnswerStatus.NotCovered
            ? feedback.Record(turn, question, answer, skip)
            : null;
        switch (answer.Status)
        {
            case AnswerStatus.Answered:
                break;
            case AnswerStatus.NotCovered:
                return new Reply(ReplyKind.NotCovered, "Not covered by the report", answer.Message ?? "", [],
                    [.. answer.Suggestions.Take(MaxPillarButtons).Select(PillarButton), WhyButton(question, skip)])
                {
                    Items = answer.Suggestions.Select(s => s.ToString()).ToList(),
                    Confidence = answer.Confidence,
                };
            case AnswerStatus.Empty:
                return Reply.Problem("What would you like to ask?",
                    "Ask a question about the report in your own words, or type help to see what I can do.");
            case AnswerStatus.SmallTalk:
                return new Reply(ReplyKind.Welcome, "Hello!", answer.Message ?? "", [], []);
            default:
                return Reply.Problem(answer.Status == AnswerStatus.TooLong ? "Question too long" : "Nothing to search for", answer.Message ?? "");
        }

        var buttons = new List<ReplyButton>();
        string? questionId = answer.HasMore || answer.Evidence is not null ? questions.Remember(question) : null;
        if (answer.HasMore)
            buttons.Add(new ReplyButton("More results", TurnAction.More(questionId!, skip + answer.Excerpts.Count)));
        buttons.AddRange(answer.Excerpts.SelectMany(e => e.Pillars).DistinctBy(p => p.Number)
            .Take(MaxPillarButtons).Select(PillarButton));
        if (answer.Evidence is not null)
            buttons.Add(new ReplyButton("Why this answer?", TurnAction.Explain(questionId!, skip)));
        if (answerId is not null)
        {
            buttons.Add(new ReplyButton("👍", TurnAction.Rate(answerId, FeedbackVote.Up)));
            buttons.Add(new ReplyButton("👎", TurnAction.Rate(answerId, FeedbackVote.Down)));
        }
        string title = answer.Fact is not null ? "About the report"
            : skip == 0 ? "From the report" : string.Create(CultureInfo.InvariantCulture, $"More from the report (from result {skip + 1})");
        return new Reply(ReplyKind.Answer, title, answer.Fact ?? "", answer.Excerpts, buttons) { Confidence = answer.Confidence };
    }

    /// <summary>Why the engine answered a remembered question as it did (the "Why this answer?" button).</summary>
    public Reply Explain(string questionId, int skip) =>
        questions.Recall(questionId) is { } asked
            ? AnswerExplanation.For(answers.Ask(asked, skip: skip))
            : Expired();

    /// <summary>The next page of a remembered question (the "More results" button).</summary>
    public Reply More(Turn turn, string questionId, int skip) =>
        questions.Recall(questionId) is { } question ? Ask(turn, question, skip) : Expired();

    /// <summary>One pillar in full.</summary>
    public Reply Pillar(string typed) => PillarReplies.Detail(pillars.Find(typed));

    private static Reply Expired() =>
        Reply.Problem("That button has expired", "I no longer have the question behind it. Please ask it again.");

    private ReplyButton WhyButton(string question, int skip) =>
        new("Why this answer?", TurnAction.Explain(questions.Remember(question), skip));

    private static ReplyButton PillarButton(PillarRef pillar) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Pillar {pillar.Number}"), TurnAction.ShowPillar(pillar.Number));
}
