using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>One pillar in full, with the passages related to it.</summary>
public sealed class PillarCommand(PillarDirectory pillars) : IBotCommand
{
    public const string NumberParameter = "number";

    /// <summary>The declaration, readable without an instance (platform registration, manifests, tests).</summary>
    public static CommandDeclaration Declared { get; } = new("pillar", "Show one of the report's policy pillars and the passages related to it.")
    {
        Parameters = [new(NumberParameter, "The pillar's number", ParameterKind.Number, Required: true, Completion: CompletionSource.Pillars)],
        Cost = TurnCost.Action,
    };

    public CommandDeclaration Declaration => Declared;

    /// <summary>Without a number the reply says which numbers there are.</summary>
    public Reply Handle(CommandContext context) =>
        PillarReplies.Detail(pillars.Find(context.Invocation.Argument(NumberParameter) ?? ""));
}
