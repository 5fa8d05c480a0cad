using System.Text.Json.Serialization;
using ReportBot.Core.IO;

namespace ReportBot.Discord.Schema;

/// <summary>A message as the gateway (MESSAGE_CREATE) or REST returns it; only the fields the bot reads.</summary>
public sealed record DiscordMessage
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("channel_id")] public string ChannelId { get; init; } = "";
    [JsonPropertyName("guild_id")] public string? GuildId { get; init; }
    [JsonPropertyName("author")] public DiscordUser? Author { get; init; }
    [JsonPropertyName("content")] public string? Content { get; init; }
    /// <summary>Null entries (valid JSON, never sent by Discord) are dropped as the list is read.</summary>
    [JsonPropertyName("mentions")] public IReadOnlyList<DiscordUser>? Mentions { get; init => field = UntrustedJson.WithoutNulls(value); }
    [JsonPropertyName("nonce")] public System.Text.Json.JsonElement? Nonce { get; init; }

    /// <summary>Messages in a DM carry no guild id.</summary>
    [JsonIgnore] public bool IsDirect => GuildId is null;
}
