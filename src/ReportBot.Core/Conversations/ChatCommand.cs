namespace ReportBot.Core.Conversations;

/// <summary>What typed text asks for: a command, or a question for the report.</summary>
public abstract record ChatCommand
{
    public sealed record Ask(string Question) : ChatCommand;
    public sealed record Pillar(string Argument) : ChatCommand;
    public sealed record Pillars : ChatCommand;
    public sealed record About : ChatCommand;
    public sealed record Help : ChatCommand;

    /// <summary>"digest subscribe 09:00 Asia/Seoul", "digest status", …: <see cref="Action"/> is the first word after "digest".</summary>
    public sealed record Digest(string Action, IReadOnlyList<string> Arguments) : ChatCommand
    {
        /// <summary>The word after "digest" when it names no action ("digest foo"); the reply is the digest help.</summary>
        public string? Unrecognised { get; init; }
    }

    /// <summary>Text that looked like a command ("/foo") but is not one.</summary>
    public sealed record Unknown(string Name) : ChatCommand;
}
