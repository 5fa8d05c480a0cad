namespace ReportBot.Core.Commands;

/// <summary>
/// The commands this bot has, in the order they are listed (help, registration). Checked once when built: names
/// and aliases unique, exactly one command takes plain text, every description short enough for every platform.
/// </summary>
public sealed class CommandSet
{
    private readonly Dictionary<string, IBotCommand> _byWord = new(StringComparer.OrdinalIgnoreCase);

    public CommandSet(IEnumerable<IBotCommand> commands)
    {
        Commands = commands.ToList();
        var problems = new List<string>();
        foreach (var command in Commands)
        {
            var declaration = command.Declaration;
            foreach (string word in declaration.Aliases.Prepend(declaration.Name))
                if (!_byWord.TryAdd(word, command)) problems.Add($"'{word}' names two commands");
            foreach (var described in declaration.Subcommands.Prepend(declaration))
                if (described.Description.Length is 0 or > CommandDeclaration.MaxDescriptionLength)
                    problems.Add($"'{described.Name}': description must be 1–{CommandDeclaration.MaxDescriptionLength} characters");
            if (declaration.Subcommands.Count > 0 && declaration.Parameters.Count > 0)
                problems.Add($"'{declaration.Name}': a command with sub-commands takes its parameters in them");
        }
        int plain = Commands.Count(c => c.Declaration.TakesPlainText);
        if (plain != 1) problems.Add($"exactly one command must take plain text, not {plain}");
        if (problems.Count > 0) throw new InvalidOperationException("Invalid commands: " + string.Join("; ", problems));
        PlainText = Commands.Single(c => c.Declaration.TakesPlainText);
    }

    public IReadOnlyList<IBotCommand> Commands { get; }

    public IEnumerable<CommandDeclaration> Declarations => Commands.Select(c => c.Declaration);

    /// <summary>The command typed text goes to when it names none: asking the report.</summary>
    public IBotCommand PlainText { get; }

    /// <summary>The command a word (its name or an alias) names, case-insensitive.</summary>
    public IBotCommand? Find(string word) => _byWord.GetValueOrDefault(word);

    /// <summary>The invocation a platform's structured command makes: by name, sub-command by name, values by parameter name.</summary>
    public CommandInvocation? Invoke(string name, string? subcommand, IReadOnlyDictionary<string, string> arguments)
    {
        if (Find(name) is not { } command || !string.Equals(command.Declaration.Name, name, StringComparison.Ordinal)) return null;
        var declaration = command.Declaration;
        if (subcommand is null) return new CommandInvocation(declaration, null, Known(declaration, arguments));
        var sub = declaration.Subcommands.FirstOrDefault(s => s.Name == subcommand);
        return sub is null ? null : new CommandInvocation(declaration, sub, Known(sub, arguments));
    }

    /// <summary>Only the values of declared parameters: a payload's extra options are dropped, not passed on.</summary>
    private static Dictionary<string, string> Known(CommandDeclaration declaration, IReadOnlyDictionary<string, string> arguments) =>
        declaration.Parameters
            .Where(p => arguments.ContainsKey(p.Name))
            .ToDictionary(p => p.Name, p => arguments[p.Name], StringComparer.Ordinal);
}
