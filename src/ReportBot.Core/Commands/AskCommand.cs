using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>A question for the report; typed text that names no command is one too.</summary>
public sealed class AskCommand(QuestionAnswerer answerer, PillarDirectory pillars) : IBotCommand
{
    public const string QuestionParameter = "question";

    /// <summary>The declaration, readable without an instance (platform registration, manifests, tests).</summary>
    public static CommandDeclaration Declared { get; } = new("ask", "Ask the report a question; get ranked quotes with section, page and pillar.")
    {
        Parameters = [new(QuestionParameter, "Your question, in your own words", ParameterKind.Text, Required: true, MaxLength: 2000)],
        Cost = TurnCost.Question,
        TakesPlainText = true,
    };

    public CommandDeclaration Declaration => Declared;

    /// <summary>Nothing asked (a bare mention, an empty message) gets help: what the bot can do.</summary>
    public Reply Handle(CommandContext context) =>
        context.Invocation.Argument(QuestionParameter) is { } question
            ? answerer.Ask(context.Turn, question, skip: 0)
            : HelpReplies.Help(pillars.Metadata, pillars.All.Count, context.Commands.Declarations);
}
