using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>What the bot can do: written from the report's metadata and every declared command.</summary>
public sealed class HelpCommand(PillarDirectory pillars) : IBotCommand
{
    public const string Name = "help";

    /// <summary>The declaration, readable without an instance (platform registration, manifests, tests).</summary>
    public static CommandDeclaration Declared { get; } = new(Name, "What ReportBot can do and how to ask.")
    {
        // A lone "?" asks for help; "/start" is what people type first in many chat apps.
        Aliases = ["?", "start"],
        Visibility = ReplyVisibility.Asker,
    };

    public CommandDeclaration Declaration => Declared;

    public Reply Handle(CommandContext context) =>
        HelpReplies.Help(pillars.Metadata, pillars.All.Count, context.Commands.Declarations);
}
