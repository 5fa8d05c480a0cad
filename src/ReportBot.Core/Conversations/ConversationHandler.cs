using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Digest;

namespace ReportBot.Core.Conversations;

/// <summary>
/// The one conversation logic behind every transport: a <see cref="Turn"/> in, a <see cref="Reply"/> out.
/// Typed text is a question or a command (help, about, pillars, pillar N); buttons page through results or
/// open a pillar. Never throws for user input.
/// </summary>
public sealed class ConversationHandler(
    AnswerEngine answers,
    PillarDirectory pillars,
    IQuestionMemory questions,
    DigestCommands? digest = null,
    QuestionRateLimiter? limiter = null)
{
    private const int MaxPillarButtons = 3;

    public Reply Handle(Turn turn)
    {
        if (turn.Action is { } action) return HandleAction(action);
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
            ChatCommand.Ask ask when limiter is not null && !limiter.TryAcquire(turn) => SlowDown(),
            ChatCommand.Ask ask => Ask(ask.Question, skip: 0),
            ChatCommand.Digest d when digest is not null => digest.Handle(turn, d),
            ChatCommand.Digest => Reply.Problem("No daily recommendation here", "The daily recommendation isn't available in this place."),
            _ => HelpReplies.Help(pillars.Metadata, pillars.All.Count),
        };
    }

    /// <summary>Answers a question; <paramref name="skip"/> excerpts were shown already.</summary>
    public Reply Ask(string question, int skip)
    {
        var answer = answers.Ask(question, skip: skip);
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
        string title = skip == 0 ? "From the report" : string.Create(CultureInfo.InvariantCulture, $"More from the report (from result {skip + 1})");
        return new Reply(ReplyKind.Answer, title, "", answer.Excerpts, buttons) { Confidence = answer.Confidence };
    }

    /// <summary>Asks on behalf of a turn, counting it against the user's and the channel's question limits.</summary>
    public Reply Ask(Turn turn, string question) =>
        limiter is not null && !limiter.TryAcquire(turn) ? SlowDown() : Ask(question, skip: 0);

    private static Reply SlowDown() => Reply.Problem("Slow down a little",
        "That's a lot of questions in a short time. Please wait a minute and ask again.");

    private Reply HandleAction(TurnAction action)
    {
        switch (action.Kind)
        {
            case TurnActionKind.MoreResults:
                var question = action.QuestionId is null ? null : questions.Recall(action.QuestionId);
                return question is null
                    ? Reply.Problem("That button has expired", "I no longer have the question behind it. Please ask it again.")
                    : Ask(question, action.Skip);
            case TurnActionKind.ShowPillar:
                return PillarReplies.Detail(pillars.Find(action.Pillar.ToString(CultureInfo.InvariantCulture)));
            default:
                return Reply.Problem("That button no longer works", "Ask your question again, or type help.");
        }
    }

    private static ReplyButton PillarButton(PillarRef pillar) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Pillar {pillar.Number}"), TurnAction.ShowPillar(pillar.Number));
}
