using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>
/// A command: its declaration (everything a platform, the chat grammar or help needs to know about it) and its
/// handler. Adding a command is one class implementing this, registered in the container.
/// </summary>
public interface IBotCommand
{
    CommandDeclaration Declaration { get; }

    /// <summary>Runs the command. Limits and audience were applied by the pipeline already; it sets privacy from the declaration.</summary>
    Reply Handle(CommandContext context);
}
