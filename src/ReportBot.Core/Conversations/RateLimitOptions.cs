using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Conversations;

/// <summary>
/// Configuration section <c>RateLimits</c>: how much one user, one channel and one client address may ask of the bot
/// per <see cref="Window"/>. Questions (and their "More results" pages) have one budget; pillar pages, votes and digest
/// commands another.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Questions one user may ask per <see cref="Window"/>.</summary>
    [Range(1, 10_000)]
    public int QuestionsPerUser { get; set; } = 10;

    /// <summary>Questions one channel or chat may get per <see cref="Window"/>, from all its members together.</summary>
    [Range(1, 100_000)]
    public int QuestionsPerChannel { get; set; } = 30;

    /// <summary>Questions from one network address on the chat page, whatever conversations it opens.</summary>
    [Range(1, 100_000)]
    public int QuestionsPerClientAddress { get; set; } = 30;

    /// <summary>Pillar pages, votes and digest commands one user may send per <see cref="Window"/>.</summary>
    [Range(1, 10_000)]
    public int ActionsPerUser { get; set; } = 30;

    [Range(1, 100_000)]
    public int ActionsPerChannel { get; set; } = 60;

    [Range(1, 100_000)]
    public int ActionsPerClientAddress { get; set; } = 60;

    /// <summary>New chat-page conversations one network address may open per <see cref="Window"/>.</summary>
    [Range(1, 10_000)]
    public int NewChatsPerClientAddress { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
