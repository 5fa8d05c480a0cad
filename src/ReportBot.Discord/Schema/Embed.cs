using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>A rich embed. Limits are in <see cref="Rendering.DiscordLimits"/>.</summary>
public sealed record Embed
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("color")] public int? Color { get; init; }
    [JsonPropertyName("fields")] public IReadOnlyList<EmbedField>? Fields { get; init; }
    [JsonPropertyName("footer")] public EmbedFooter? Footer { get; init; }
}
