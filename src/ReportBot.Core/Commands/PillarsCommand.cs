using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>The report's policy pillars, each with a button to open it.</summary>
public sealed class PillarsCommand(PillarDirectory pillars) : IBotCommand
{
    /// <summary>The declaration, readable without an instance (platform registration, manifests, tests).</summary>
    public static CommandDeclaration Declared { get; } = new("pillars", "List the report's policy pillars.");

    public CommandDeclaration Declaration => Declared;

    public Reply Handle(CommandContext context) => PillarReplies.List(pillars.All);
}
