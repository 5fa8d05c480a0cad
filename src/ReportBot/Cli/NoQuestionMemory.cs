using ReportBot.Core.Conversations;

namespace ReportBot.Cli;

/// <summary>CLI verbs offer no buttons, so they remember no questions; the state file stays the host's.</summary>
internal sealed class NoQuestionMemory : IQuestionMemory
{
    public string Remember(string question) => "";

    public string? Recall(string id) => null;
}
