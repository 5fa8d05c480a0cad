using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.IO;

namespace ReportBot.Teams.Schema;

/// <summary>
/// The Bot Framework activity, reduced to the fields ReportBot reads or writes. Unknown fields are accepted and
/// ignored on the way in (spec rule A2005); nulls are left out on the way out.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; init; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; init; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; init; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; init; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; init; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    // Lists of objects drop null entries as they are read: `[null]` is valid JSON, and no handler expects it.
    [JsonPropertyName("entities")] public IReadOnlyList<Entity>? Entities { get; init => field = UntrustedJson.WithoutNulls(value); }
    [JsonPropertyName("attachments")] public IReadOnlyList<Attachment>? Attachments { get; init => field = UntrustedJson.WithoutNulls(value); }
    [JsonPropertyName("membersAdded")] public IReadOnlyList<ChannelAccount>? MembersAdded { get; init => field = UntrustedJson.WithoutNulls(value); }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
}
