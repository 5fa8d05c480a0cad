namespace ReportBot.Core.Commands;

/// <summary>What typed text turned out to be: a command invocation, or a slash word that names no command.</summary>
public sealed record ChatInput(CommandInvocation? Invocation, string? UnknownCommand)
{
    public static ChatInput Of(CommandInvocation invocation) => new(invocation, null);

    public static ChatInput Unknown(string word) => new(null, word);
}
