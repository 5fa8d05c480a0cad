using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Teams.Schema;

/// <summary>A message attachment; replies use it for the Adaptive Card.</summary>
public sealed record Attachment
{
    [JsonPropertyName("contentType")] public string? ContentType { get; init; }
    [JsonPropertyName("content")] public JsonElement? Content { get; init; }
}
