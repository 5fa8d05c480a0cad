using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>READY: who the bot is, and what a later resume needs.</summary>
public sealed record ReadyEvent
{
    [JsonPropertyName("v")] public int Version { get; init; }
    [JsonPropertyName("user")] public DiscordUser User { get; init; } = new();
    [JsonPropertyName("session_id")] public string SessionId { get; init; } = "";
    [JsonPropertyName("resume_gateway_url")] public string ResumeGatewayUrl { get; init; } = "";
}
