using ReportBot.Core.Conversations;

namespace ReportBot.Core.Commands;

/// <summary>One run of a command: the turn it came in, what was given, and the other commands (for help).</summary>
public sealed record CommandContext(Turn Turn, CommandInvocation Invocation, CommandSet Commands);
