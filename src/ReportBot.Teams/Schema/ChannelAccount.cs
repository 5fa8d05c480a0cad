using System.Text.Json.Serialization;

namespace ReportBot.Teams.Schema;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, mention targets).</summary>
public sealed record ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }
    [JsonPropertyName("role")] public string? Role { get; init; }
}
