namespace ReportBot.Core.Commands;

/// <summary>
/// A command as the user gave it, whichever way it came (typed, or a platform's structured command): the command,
/// the sub-command if any, and the parameter values by name, as text.
/// </summary>
public sealed record CommandInvocation(CommandDeclaration Command, CommandDeclaration? Subcommand, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>The word that named no sub-command of a group ("digest foo"): the reply is the group's help.</summary>
    public string? Stray { get; init; }

    /// <summary>The declaration that decides limits, audience and privacy: the sub-command when there is one.</summary>
    public CommandDeclaration Effective => Subcommand ?? Command;

    /// <summary>The value given for a parameter, trimmed; null when absent or blank.</summary>
    public string? Argument(string name) =>
        Arguments.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Whether every required parameter of <see cref="Effective"/> has a value (and a group names a sub-command).</summary>
    public bool IsComplete =>
        (Command.Subcommands.Count == 0 || Subcommand is not null)
        && Effective.Parameters.Where(p => p.Required).All(p => Argument(p.Name) is not null);
}
