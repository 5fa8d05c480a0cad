using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>How many more sessions the bot may start today (identifies are capped; exceeding resets the token).</summary>
public sealed record SessionStartLimit
{
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("remaining")] public int Remaining { get; init; }
    [JsonPropertyName("reset_after")] public long ResetAfterMilliseconds { get; init; }
    [JsonPropertyName("max_concurrency")] public int MaxConcurrency { get; init; } = 1;
}
