using ReportBot.Core.Commands;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;

namespace ReportBot.Testing;

/// <summary>
/// The bot's command declarations without their handlers, for tests of what is derived from declarations alone
/// (the chat grammar, platform registration). Running one fails the test.
/// </summary>
public static class DeclaredCommands
{
    public static IReadOnlyList<CommandDeclaration> All { get; } =
        [AskCommand.Declared, PillarCommand.Declared, PillarsCommand.Declared, AboutCommand.Declared, HelpCommand.Declared, DigestCommand.Declared];

    public static CommandSet Set(params CommandDeclaration[] extra) => new(All.Concat(extra).Select(d => new Unrunnable(d)));

    private sealed class Unrunnable(CommandDeclaration declaration) : IBotCommand
    {
        public CommandDeclaration Declaration => declaration;

        public Reply Handle(CommandContext context) =>
            throw new InvalidOperationException($"'{declaration.Name}' is declared only; this test should not run it.");
    }
}
