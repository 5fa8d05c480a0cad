using System.Text.Json.Serialization;

namespace ReportBot.Teams.Schema;

/// <summary>
/// An activity entity. Only mentions are read (<c>type: "mention"</c> with <c>mentioned</c> and the <c>text</c>
/// Teams put into the message); other entity types pass through unread.
/// </summary>
public sealed record Entity
{
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; init; }
    [JsonPropertyName("text")] public string? Text { get; init; }
}
