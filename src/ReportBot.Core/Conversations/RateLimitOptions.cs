using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Conversations;

/// <summary>Configuration section <c>RateLimits</c>: how many questions one user, and one channel, may ask.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Questions one user may ask per <see cref="Window"/>, across every transport they use.</summary>
    [Range(1, 10_000)]
    public int QuestionsPerUser { get; set; } = 10;

    /// <summary>Questions one channel or chat may get per <see cref="Window"/>, from all its members together.</summary>
    [Range(1, 100_000)]
    public int QuestionsPerChannel { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
