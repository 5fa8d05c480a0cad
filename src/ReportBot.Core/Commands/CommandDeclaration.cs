using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>
/// Everything there is to know about a command apart from what it does: platforms register it from this (slash
/// commands, an app manifest's command list), the chat grammar reads typed text with it, and help lists it.
/// </summary>
/// <param name="Name">The command word, lower case.</param>
/// <param name="Description">One line, at most <see cref="MaxDescriptionLength"/> characters, so every platform can show it whole.</param>
public sealed record CommandDeclaration(string Name, string Description)
{
    /// <summary>The shortest description limit among the platforms.</summary>
    public const int MaxDescriptionLength = 100;

    /// <summary>Inputs, in the order chat text gives them. Empty when the command has <see cref="Subcommands"/>.</summary>
    public IReadOnlyList<CommandParameter> Parameters { get; init; } = [];

    /// <summary>Actions of a command that groups several ("digest subscribe", "digest status").</summary>
    public IReadOnlyList<CommandDeclaration> Subcommands { get; init; } = [];

    /// <summary>Who may run it. For a group, the strictest of its sub-commands is what platforms register.</summary>
    public CommandAudience Audience { get; init; } = CommandAudience.Everyone;

    /// <summary>Who sees its reply.</summary>
    public ReplyVisibility Visibility { get; init; } = ReplyVisibility.Conversation;

    /// <summary>What a run costs against the question limits.</summary>
    public TurnCost Cost { get; init; } = TurnCost.Free;

    /// <summary>Other words that name it in chat (a lone "?" for help).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Typed text that names no command goes to this one (asking the report a question).</summary>
    public bool TakesPlainText { get; init; }

    /// <summary>The strictest audience of the command and its sub-commands: what a platform that registers commands whole must ask for.</summary>
    public CommandAudience StrictestAudience =>
        Subcommands.Select(s => s.Audience).Append(Audience).Max();

    /// <summary>"pillar &lt;number&gt;", "digest subscribe [time] [timezone]": how it is typed, for help.</summary>
    public string Usage(string? parent = null) =>
        string.Join(' ', new[] { parent, Name }.OfType<string>()
            .Concat(Parameters.Select(p => p.Required ? $"<{p.Name}>" : $"[{p.Name}]")));
}
