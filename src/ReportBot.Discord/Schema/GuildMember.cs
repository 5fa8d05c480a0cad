using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>A guild member as sent with interactions: the user and their permissions in the channel.</summary>
public sealed record GuildMember
{
    [JsonPropertyName("user")] public DiscordUser? User { get; init; }

    /// <summary>Permission bit set as a decimal string (interactions only).</summary>
    [JsonPropertyName("permissions")] public string? Permissions { get; init; }
}
