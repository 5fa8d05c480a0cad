using System.Text.Json.Serialization;
using ReportBot.Core.IO;

namespace ReportBot.Discord.Schema;

/// <summary>The <c>data</c> of a command, autocomplete or component interaction.</summary>
public sealed record InteractionData
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("type")] public int? Type { get; init; }
    /// <summary>Null entries (valid JSON, never sent by Discord) are dropped as the list is read.</summary>
    [JsonPropertyName("options")] public IReadOnlyList<InteractionDataOption>? Options { get; init => field = UntrustedJson.WithoutNulls(value); }
    [JsonPropertyName("custom_id")] public string? CustomId { get; init; }
    [JsonPropertyName("component_type")] public int? ComponentType { get; init; }
}
