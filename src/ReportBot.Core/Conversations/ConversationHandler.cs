using System.Diagnostics;
using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Digest;
using ReportBot.Core.Feedback;
using ReportBot.Core.Storage;
using ReportBot.Core.Telemetry;

namespace ReportBot.Core.Conversations;

/// <summary>
/// The one conversation logic behind every transport: a <see cref="Turn"/> in, a <see cref="Reply"/> out.
/// Typed text is a question or a command (help, about, pillars, pillar N); buttons page through results or
/// open a pillar or rate an answer. Every turn that does work is counted against the limits first
/// (<see cref="TurnRateLimiter"/>). Never throws for user input, nor when the state store fails. Each turn is a span
/// (<see cref="BotTracing"/>).
/// </summary>
public sealed class ConversationHandler(
    AnswerEngine answers,
    PillarDirectory pillars,
    IQuestionMemory questions,
    DigestCommands? digest = null,
    TurnRateLimiter? limiter = null,
    AnswerFeedback? feedback = null,
    BotMetrics? metrics = null,
    TurnLog? log = null)
{
    private const int MaxPillarButtons = 3;

    public Reply Handle(Turn turn) => Traced(turn, () => Dispatch(turn));

    /// <summary>A command the adapter has already read from its own payload (a slash command's options).</summary>
    public Reply Handle(Turn turn, ChatCommand command) => Traced(turn, () => Command(turn, command));

    private Reply Traced(Turn turn, Func<Reply> handle)
    {
        using var span = BotTracing.Source.StartActivity("turn");
        span?.SetTag("reportbot.platform", turn.Platform.Key);
        span?.SetTag("reportbot.input", turn.Action?.Kind.ToString() ?? (turn.UnknownAction is null ? "text" : "unknown-button"));
        Reply reply;
        try
        {
            reply = handle();
        }
        catch (StateStoreException)
        {
            // Whatever needed the store (a vote, a subscription) did not happen; the user hears so and nothing else breaks.
            reply = Reply.Problem("Not saved",
                "The bot couldn't store that just now. Nothing was changed; please try again in a little while.");
        }
        span?.SetTag("reportbot.reply", reply.Kind.ToString());
        return reply;
    }

    private Reply Dispatch(Turn turn)
    {
        if (turn.Action is { } action) return Limited(turn, CostOf(action)) ? SlowDown() : HandleAction(turn, action);
        if (turn.UnknownAction is not null)
            return Reply.Problem("That button no longer works", "It may come from an older version of this bot. Ask your question again, or type help.");
        return Command(turn, ChatCommandParser.Parse(turn.Text));
    }

    private Reply Command(Turn turn, ChatCommand command)
    {
        if (Limited(turn, CostOf(command))) return SlowDown();
        return command switch
        {
            ChatCommand.Help => HelpReplies.Help(pillars.Metadata, pillars.All.Count),
            ChatCommand.About => HelpReplies.About(pillars.Metadata),
            ChatCommand.Pillars => PillarReplies.List(pillars.All),
            ChatCommand.Pillar p => PillarReplies.Detail(pillars.Find(p.Argument)),
            ChatCommand.Unknown u => Reply.Problem($"Unknown command “/{u.Name}”",
                "I know help, about, pillars and pillar N — or just ask a question about the report."),
            ChatCommand.Ask ask => Ask(turn, ask.Question, skip: 0),
            ChatCommand.Digest d when digest is not null => digest.Handle(turn, d),
            ChatCommand.Digest => Reply.Problem("No daily recommendation here", "The daily recommendation isn't available in this place."),
            _ => HelpReplies.Help(pillars.Metadata, pillars.All.Count),
        };
    }

    private static TurnCost CostOf(ChatCommand command) => command switch
    {
        ChatCommand.Ask ask when !string.IsNullOrWhiteSpace(ask.Question) => TurnCost.Question,
        ChatCommand.Pillar => TurnCost.Action,
        ChatCommand.Digest d when d.Action != "help" => TurnCost.Action,
        _ => TurnCost.Free,
    };

    private static TurnCost CostOf(TurnAction action) => action.Kind switch
    {
        TurnActionKind.MoreResults or TurnActionKind.Explain => TurnCost.Question,
        _ => TurnCost.Action,
    };

    /// <summary>Answers a question; <paramref name="skip"/> excerpts were shown already.</summary>
    private Reply Ask(Turn turn, string question, int skip)
    {
        long started = Stopwatch.GetTimestamp();
        var answer = answers.Ask(question, skip: skip);
        var elapsed = Stopwatch.GetElapsedTime(started);
        metrics?.Question(turn.Platform.Key, answer.Status switch
        {
            AnswerStatus.Answered => "answered",
            AnswerStatus.NotCovered => "abstained",
            AnswerStatus.SmallTalk => "small_talk",
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
                    [.. answer.Suggestions.Take(MaxPillarButtons).Select(PillarButton), WhyButton(question, skip)])
                {
                    Items = answer.Suggestions.Select(s => s.ToString()).ToList(),
                    Confidence = answer.Confidence,
                };
            case AnswerStatus.Empty:
                return HelpReplies.Help(pillars.Metadata, pillars.All.Count);
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

    private bool Limited(Turn turn, TurnCost cost)
    {
        if (cost == TurnCost.Free || limiter is null || limiter.TryAcquire(turn, cost)) return false;
        metrics?.RateLimited(turn.Platform.Key);
        return true;
    }

    private static Reply SlowDown() => Reply.Problem("Slow down a little",
        "That's a lot in a short time. Please wait a minute and try again.");

    private Reply HandleAction(Turn turn, TurnAction action)
    {
        switch (action.Kind)
        {
            case TurnActionKind.MoreResults:
                var question = action.QuestionId is null ? null : questions.Recall(action.QuestionId);
                return question is null
                    ? Reply.Problem("That button has expired", "I no longer have the question behind it. Please ask it again.")
                    : Ask(turn, question, action.Skip);
            case TurnActionKind.Explain:
                var asked = action.QuestionId is null ? null : questions.Recall(action.QuestionId);
                return asked is null
                    ? Reply.Problem("That button has expired", "I no longer have the question behind it. Please ask it again.")
                    : AnswerExplanation.For(answers.Ask(asked, skip: action.Skip));
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
        if (outcome != FeedbackOutcome.Unchanged) metrics?.Feedback(turn.Platform.Key, vote == FeedbackVote.Up ? "up" : "down");
        string body = vote == FeedbackVote.Up
            ? "Glad it helped. Votes go to the maintainers; they don't change answers."
            : "Sorry it missed. The maintainers review questions like this one to improve the bot.";
        return new Reply(ReplyKind.Acknowledgement, outcome == FeedbackOutcome.Changed ? "Vote changed" : "Thanks for the feedback", body, [], []);
    }

    private ReplyButton WhyButton(string question, int skip) =>
        new("Why this answer?", TurnAction.Explain(questions.Remember(question), skip));

    private static ReplyButton PillarButton(PillarRef pillar) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Pillar {pillar.Number}"), TurnAction.ShowPillar(pillar.Number));
}
