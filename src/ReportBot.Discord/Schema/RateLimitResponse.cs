using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>The body of a 429.</summary>
public sealed record RateLimitResponse
{
    [JsonPropertyName("message")] public string? Message { get; init; }
    [JsonPropertyName("retry_after")] public double RetryAfter { get; init; }
    [JsonPropertyName("global")] public bool Global { get; init; }
    [JsonPropertyName("code")] public int? Code { get; init; }
}
