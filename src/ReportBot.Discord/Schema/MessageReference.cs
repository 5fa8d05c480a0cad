using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>Makes a message a reply to another.</summary>
public sealed record MessageReference
{
    [JsonPropertyName("message_id")] public string MessageId { get; init; } = "";
    [JsonPropertyName("channel_id")] public string? ChannelId { get; init; }
    [JsonPropertyName("fail_if_not_exists")] public bool? FailIfNotExists { get; init; }
}
