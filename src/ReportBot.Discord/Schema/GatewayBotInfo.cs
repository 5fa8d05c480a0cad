using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo
{
    [JsonPropertyName("url")] public string Url { get; init; } = "";
    [JsonPropertyName("shards")] public int Shards { get; init; } = 1;
    [JsonPropertyName("session_start_limit")] public SessionStartLimit? SessionStartLimit { get; init; }
}
