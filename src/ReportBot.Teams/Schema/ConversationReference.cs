using System.Text.Json.Serialization;

namespace ReportBot.Teams.Schema;

/// <summary>
/// What is needed to post into a conversation later (the daily digest): stored for every conversation seen.
/// It names no user, so every member speaking in a channel leaves the same reference.
/// </summary>
public sealed record ConversationReference
{
    [JsonPropertyName("serviceUrl")] public required string ServiceUrl { get; init; }
    [JsonPropertyName("channelId")] public required string ChannelId { get; init; }
    [JsonPropertyName("conversation")] public required ConversationAccount Conversation { get; init; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
}
