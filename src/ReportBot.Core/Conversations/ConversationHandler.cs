using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Commands;
using ReportBot.Core.Feedback;
using ReportBot.Core.Storage;
using ReportBot.Core.Telemetry;

namespace ReportBot.Core.Conversations;

/// <summary>
/// The one entry point for every turn, from every door: it stores the conversation's return address, counts the
/// turn against the limits, checks who may run the command, runs it (a declared command, a button, a welcome) and
/// decides who sees the reply. Each turn is a span (<see cref="BotTracing"/>). Never throws for user input, nor when
/// the state store fails.
/// </summary>
public sealed class ConversationHandler(
    CommandSet commands,
    ChatGrammar grammar,
    QuestionAnswerer answerer,
    PillarDirectory pillars,
    AnswerFeedback feedback,
    IConversationDirectory directory,
    TurnRateLimiter limiter,
    BotMetrics metrics,
    TimeProvider time)
{
    public Reply Handle(Turn turn)
    {
        using var span = BotTracing.Source.StartActivity("turn");
        span?.SetTag("reportbot.platform", turn.Platform.Key);
        span?.SetTag("reportbot.input", InputKind(turn));
        Reply reply;
        try
        {
            if (turn.ReturnAddress is { } address)
                directory.Save(new ConversationAddress(turn.Platform.Key, turn.ConversationId, address.Reference, address.Verified, time.GetUtcNow()));
            reply = Dispatch(turn);
        }
        catch (StateStoreException)
        {
            // Whatever needed the store (a vote, a subscription) did not happen; the user hears so and nothing else breaks.
            reply = Reply.Problem("Not saved",
                "The bot couldn't store that just now. Nothing was changed; please try again in a little while.");
        }
        reply = WithVisibility(reply, ExpectedVisibility(turn));
        span?.SetTag("reportbot.reply", reply.Kind.ToString());
        return reply;
    }

    /// <summary>
    /// Who the reply to <paramref name="turn"/> will be for, known before it is worked out: platforms that must
    /// acknowledge slow work first (a deferred response) make that first message private already.
    /// </summary>
    public ReplyVisibility ExpectedVisibility(Turn turn) => turn switch
    {
        { Action.Kind: TurnActionKind.Explain or TurnActionKind.Feedback } => ReplyVisibility.Asker,
        { Command: { } invocation } => invocation.Effective.Visibility,
        _ => ReplyVisibility.Conversation,
    };

    private Reply Dispatch(Turn turn)
    {
        if (turn.IsArrival) return WelcomeReply();
        if (turn.Action is { } action) return Limited(turn, CostOf(action)) ? SlowDown() : HandleAction(turn, action);
        if (turn.UnknownAction is not null)
            return Reply.Problem("That button no longer works", "It may come from an older version of this bot. Ask your question again, or type help.");
        var input = turn.Command is { } structured ? ChatInput.Of(structured) : grammar.Parse(turn.Text);
        if (input.Invocation is not { } invocation) return UnknownCommand(input.UnknownCommand ?? "");
        return Run(turn, invocation);
    }

    private Reply Run(Turn turn, CommandInvocation invocation)
    {
        var declaration = invocation.Effective;
        // A command missing what it needs only gets its usage: that costs nothing.
        if (Limited(turn, invocation.IsComplete ? declaration.Cost : TurnCost.Free)) return SlowDown();
        if (declaration.Audience == CommandAudience.ConversationManagers && !turn.MayConfigure) return NotAllowed(invocation);
        var command = commands.Find(invocation.Command.Name)
            ?? throw new InvalidOperationException($"No handler for the declared command '{invocation.Command.Name}'.");
        return WithVisibility(command.Handle(new CommandContext(turn, invocation, commands)), declaration.Visibility);
    }

    private static Reply WithVisibility(Reply reply, ReplyVisibility declared) =>
        declared == ReplyVisibility.Asker || reply.Kind is ReplyKind.Problem or ReplyKind.Help or ReplyKind.Acknowledgement
            ? reply with { Visibility = ReplyVisibility.Asker }
            : reply;

    private static TurnCost CostOf(TurnAction action) => action.Kind switch
    {
        TurnActionKind.MoreResults or TurnActionKind.Explain => TurnCost.Question,
        _ => TurnCost.Action,
    };

    private bool Limited(Turn turn, TurnCost cost)
    {
        if (cost == TurnCost.Free || limiter.TryAcquire(turn, cost)) return false;
        metrics.RateLimited(turn.Platform.Key);
        return true;
    }

    private static Reply SlowDown() => Reply.Problem("Slow down a little",
        "That's a lot in a short time. Please wait a minute and try again.");

    private Reply WelcomeReply() => HelpReplies.Welcome(pillars.Metadata, pillars.All.Count, commands.Declarations);

    private Reply UnknownCommand(string name) => Reply.Problem($"Unknown command “/{name}”",
        $"I know {string.Join(", ", commands.Declarations.Where(d => !d.TakesPlainText).Select(d => d.Name))} — or just ask a question about the report.");

    private static Reply NotAllowed(CommandInvocation invocation) => Reply.Problem("Not allowed",
        $"Only members who may manage this conversation can use “{invocation.Command.Name} {invocation.Subcommand?.Name}”. " +
        $"Where the app offers slash commands, use /{invocation.Command.Name}: it checks your permissions.");

    private Reply HandleAction(Turn turn, TurnAction action) => action.Kind switch
    {
        TurnActionKind.MoreResults when action.QuestionId is { } id => answerer.More(turn, id, action.Skip),
        TurnActionKind.Explain when action.QuestionId is { } id => answerer.Explain(id, action.Skip),
        TurnActionKind.ShowPillar => answerer.Pillar(action.Pillar.ToString(CultureInfo.InvariantCulture)),
        TurnActionKind.Feedback when action.AnswerId is { } answerId => Rate(turn, answerId, action.Vote),
        _ => Reply.Problem("That button no longer works", "Ask your question again, or type help."),
    };

    /// <summary>Stores a vote. It changes no answer: it is a report for the maintainers (<c>stats</c>).</summary>
    private Reply Rate(Turn turn, string answerId, FeedbackVote vote)
    {
        var outcome = feedback.Vote(turn, answerId, vote);
        if (outcome == FeedbackOutcome.UnknownAnswer)
            return Reply.Problem("That answer has expired", "Its feedback can no longer be recorded. Thanks all the same.");
        if (outcome != FeedbackOutcome.Unchanged) metrics.Feedback(turn.Platform.Key, vote == FeedbackVote.Up ? "up" : "down");
        string body = vote == FeedbackVote.Up
            ? "Glad it helped. Votes go to the maintainers; they don't change answers."
            : "Sorry it missed. The maintainers review questions like this one to improve the bot.";
        return new Reply(ReplyKind.Acknowledgement, outcome == FeedbackOutcome.Changed ? "Vote changed" : "Thanks for the feedback", body, [], []);
    }

    private static string InputKind(Turn turn) =>
        turn.IsArrival ? "arrival"
        : turn.Action is { } action ? action.Kind.ToString()
        : turn.UnknownAction is not null ? "unknown-button"
        : turn.Command is not null ? "command"
        : "text";
}
