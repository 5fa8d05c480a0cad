using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>Which mentions in a message may notify anyone.</summary>
public sealed record AllowedMentions
{
    /// <summary>Nothing pings: no users, roles, @everyone or @here, and not the replied-to user.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [], RepliedUser = false };

    [JsonPropertyName("parse")] public IReadOnlyList<string> Parse { get; init; } = [];
    [JsonPropertyName("replied_user")] public bool? RepliedUser { get; init; }
}
