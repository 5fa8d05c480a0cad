namespace ReportBot.Core.Commands;

/// <summary>One suggestion while typing a parameter: what the user sees, and the value it fills in.</summary>
public sealed record CompletionChoice(string Label, string Value);
