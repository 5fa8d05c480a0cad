namespace ReportBot.Core.Commands;

/// <summary>One input of a command: its name (also the platform option's name), what it holds and how it is filled.</summary>
/// <param name="Name">Lower-case, no spaces: it is the option name platforms register and the key of its value.</param>
/// <param name="Description">One short line for the platform's command picker.</param>
/// <param name="Kind">What the value is.</param>
/// <param name="Required">Whether the command needs it; chat text without it still names the command, and the handler says what is missing.</param>
/// <param name="MaxLength">The longest value accepted, in characters, for free text.</param>
/// <param name="Completion">Suggestions while typing.</param>
public sealed record CommandParameter(
    string Name,
    string Description,
    ParameterKind Kind,
    bool Required = false,
    int? MaxLength = null,
    CompletionSource Completion = CompletionSource.None);
