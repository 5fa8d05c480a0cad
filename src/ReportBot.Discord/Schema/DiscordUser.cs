using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>A Discord user (only the fields the bot reads).</summary>
public sealed record DiscordUser
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("username")] public string? Username { get; init; }
    [JsonPropertyName("global_name")] public string? GlobalName { get; init; }
    [JsonPropertyName("bot")] public bool? Bot { get; init; }
}
