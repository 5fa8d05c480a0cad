using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>Title, authors, date and publisher of the report.</summary>
public sealed class AboutCommand(PillarDirectory pillars) : IBotCommand
{
    /// <summary>The declaration, readable without an instance (platform registration, manifests, tests).</summary>
    public static CommandDeclaration Declared { get; } = new("about", "Title, authors, date and publisher of the report.");

    public CommandDeclaration Declaration => Declared;

    public Reply Handle(CommandContext context) => HelpReplies.About(pillars.Metadata);
}
