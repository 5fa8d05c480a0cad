using System.Diagnostics;
using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Digest;
using ReportBot.Core.Feedback;
using ReportBot.Core.Telemetry;

namespace ReportBot.Core.Conversations;

/// <summary>
/// The one conversation logic behind every transport: a <see cref="Turn"/> in, a <see cref="Reply"/> out.
/// Typed text is a question or a command (help, about, pillars, pillar N); buttons page through results or
/// open a pillar or rate an answer. Never throws for user input. Each turn is a span (<see cref="BotTracing"/>).
/// </summary>
public sealed class ConversationHandler(
    AnswerEngine answers,
    PillarDirectory pillars,
    IQuestionMemory questions,
    DigestCommands? digest = null,
    QuestionRateLimiter? limiter = null,
    AnswerFeedback? feedback = null,
    BotMetrics? metrics = null,
    TurnLog? log = null)
{
    private const int MaxPillarButtons = 3;

    public Reply Handle(Turn turn)
    {
        using var span = StartTurn(turn);
        var reply = Dispatch(turn);
        span?.SetTag("reportbot.reply", reply.Kind.ToString());
        return reply;
    }

    /// <summary>Asks on behalf of a turn, counting it against the user's and the channel's question limits.</summary>
    public Reply Ask(Turn turn, string question)
    {
        using var span = StartTurn(turn);
        var reply = Limited(turn) ? SlowDown() : Ask(turn, question, skip: 0);
        span?.SetTag("reportbot.reply", reply.Kind.ToString());
        return reply;
    }

    private static Activity? StartTurn(Turn turn)
    {
        var span = BotTracing.Source.StartActivity("turn");
        span?.SetTag("reportbot.platform", turn.Platform);
        span?.SetTag("reportbot.input", turn.Action?.Kind.ToString() ?? (turn.UnknownAction is null ? "text" : "unknown-button"));
        return span;
    }

    private Reply Dispatch(Turn turn)
    {
        if (turn.Action is { } action) return HandleAction(turn, action);
        if (turn.UnknownAction is not null)
            return Reply.Problem("That button no longer works", "It may come from an older version of this bot. Ask your question again, or type help.");
        return ChatCommandParser.Parse(turn.Text) switch
        {
            ChatCommand.Help => HelpReplies.Help(pillars.Metadata, pillars.All.Count),
            ChatCommand.About => HelpReplies.About(pillars.Metadata),
            ChatCommand.Pillars => PillarReplies.List(pillars.All),
            ChatCommand.Pillar p => PillarReplies.Detail(pillars.Find(p.Argument)),
            ChatCommand.Unknown u => Reply.Problem($"Unknown command “/{u.Name}”",
                "I know help, about, pillars and pillar N — or just ask a question about the report."),
            ChatCommand.Ask when Limited(turn) => SlowDown(),
            ChatCommand.Ask ask => Ask(turn, ask.Question, skip: 0),
            ChatCommand.Digest d when digest is not null => digest.Handle(turn, d),
            ChatCommand.Digest => Reply.Problem("No daily recommendation here", "The daily recommendation isn't available in this place."),
            _ => HelpReplies.Help(pillars.Metadata, pillars.All.Count),
        };
    }

    /// <summary>Answers a question; <paramref name="skip"/> excerpts were shown already.</summary>
    private Reply Ask(Turn turn, string question, int skip)
    {
        long started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(question, skip: skip);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics?.Question(turn.Platform, answer.Status switch
        {
            AnswerStatus.Answered => "answered",
            AnswerStatus.NotCovered => "abstained",
            _ => "refused",
        }, elapsed);
        log?.Answered(turn, question, answer, elapsed);
        string? answerId = answer.Status is AnswerStatus.Answered or AnswerStatus.NotCovered
            ? feedback?.Record(turn, question, answer, skip)
            : null;
        switch (answer.Status)
        {
            case AnswerStatus.Answered:
                break;
            case AnswerStatus.NotCovered:
                return new Reply(ReplyKind.NotCovered, "Not covered by the report", answer.Message ?? "", [],
                    answer.Suggestions.Take(MaxPillarButtons).Select(PillarButton).ToList())
                {
                    Items = answer.Suggestions.Select(s => s.ToString()).ToList(),
                    Confidence = answer.Confidence,
                };
            case AnswerStatus.Empty:
                return HelpReplies.Help(pillars.Metadata, pillars.All.Count);
            default:
                return Reply.Problem(answer.Status == AnswerStatus.TooLong ? "Question too long" : "Nothing to search for", answer.Message ?? "");
        }

        var buttons = new List<ReplyButton>();
        if (answer.HasMore)
            buttons.Add(new ReplyButton("More results", TurnAction.More(questions.Remember(question), skip + answer.Excerpts.Count)));
        buttons.AddRange(answer.Excerpts.SelectMany(e => e.Pillars).DistinctBy(p => p.Number)
            .Take(MaxPillarButtons).Select(PillarButton));
        if (answerId is not null)
        {
            buttons.Add(new ReplyButton("👍", TurnAction.Rate(answerId, FeedbackVote.Up)));
            buttons.Add(new ReplyButton("👎", TurnAction.Rate(answerId, FeedbackVote.Down)));
        }
        string title = skip == 0 ? "From the report" : string.Create(CultureInfo.InvariantCulture, $"More from the report (from result {skip + 1})");
        return new Reply(ReplyKind.Answer, title, "", answer.Excerpts, buttons) { Confidence = answer.Confidence };
    }

    private bool Limited(Turn turn)
    {
        if (limiter is null || limiter.TryAcquire(turn)) return false;
        metrics?.RateLimited(turn.Platform);
        return true;
    }

    private static Reply SlowDown() => Reply.Problem("Slow down a little",
        "That's a lot of questions in a short time. Please wait a minute and ask again.");

    private Reply HandleAction(Turn turn, TurnAction action)
    {
        switch (action.Kind)
        {
            case TurnActionKind.MoreResults:
                var question = action.QuestionId is null ? null : questions.Recall(action.QuestionId);
                return question is null
                    ? Reply.Problem("That button has expired", "I no longer have the question behind it. Please ask it again.")
                    : Ask(turn, question, action.Skip);
            case TurnActionKind.ShowPillar:
                return PillarReplies.Detail(pillars.Find(action.Pillar.ToString(CultureInfo.InvariantCulture)));
            case TurnActionKind.Feedback when feedback is not null && action.AnswerId is { } answerId:
                return Rate(turn, answerId, action.Vote);
            default:
                return Reply.Problem("That button no longer works", "Ask your question again, or type help.");
        }
    }

    /// <summary>Stores a vote. It changes no answer: it is a report for the maintainers (<c>stats</c>).</summary>
    private Reply Rate(Turn turn, string answerId, FeedbackVote vote)
    {
        var outcome = feedback!.Vote(turn, answerId, vote);
        if (outcome == FeedbackOutcome.UnknownAnswer)
            return Reply.Problem("That answer has expired", "Its feedback can no longer be recorded. Thanks all the same.");
        if (outcome != FeedbackOutcome.Unchanged) metrics?.Feedback(turn.Platform, vote == FeedbackVote.Up ? "up" : "down");
        string body = vote == FeedbackVote.Up
            ? "Glad it helped. Votes go to the maintainers; they don't change answers."
            : "Sorry it missed. The maintainers review questions like this one to improve the bot.";
        return new Reply(ReplyKind.Acknowledgement, outcome == FeedbackOutcome.Changed ? "Vote changed" : "Thanks for the feedback", body, [], []);
    }

    private static ReplyButton PillarButton(PillarRef pillar) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Pillar {pillar.Number}"), TurnAction.ShowPillar(pillar.Number));
}
