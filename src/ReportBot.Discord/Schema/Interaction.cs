using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>An interaction, as received over HTTP or in a gateway INTERACTION_CREATE.</summary>
public sealed record Interaction
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("application_id")] public string? ApplicationId { get; init; }
    [JsonPropertyName("type")] public InteractionType Type { get; init; }
    [JsonPropertyName("data")] public InteractionData? Data { get; init; }
    [JsonPropertyName("guild_id")] public string? GuildId { get; init; }
    [JsonPropertyName("channel_id")] public string? ChannelId { get; init; }
    [JsonPropertyName("member")] public GuildMember? Member { get; init; }
    [JsonPropertyName("user")] public DiscordUser? User { get; init; }
    [JsonPropertyName("token")] public string Token { get; init; } = "";
    [JsonPropertyName("version")] public int Version { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }

    /// <summary>Who invoked it: the member in a guild, the user in a DM.</summary>
    [JsonIgnore] public DiscordUser? Invoker => Member?.User ?? User;

    /// <summary>Whether a response can be addressed to it: Discord always sends both, a hostile payload may not.</summary>
    [JsonIgnore] public bool CanBeAnswered => !string.IsNullOrWhiteSpace(Id) && !string.IsNullOrWhiteSpace(Token);
}
