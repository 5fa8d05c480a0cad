using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.IO;

namespace ReportBot.Discord.Schema;

/// <summary>An option the user filled in (or is typing, for autocomplete); sub-commands nest their own options.</summary>
public sealed record InteractionDataOption
{
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("type")] public ApplicationCommandOptionType Type { get; init; }

    /// <summary>String, integer, number or boolean, as JSON: typed by the option type and not trusted.</summary>
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
    [JsonPropertyName("options")] public IReadOnlyList<InteractionDataOption>? Options { get; init => field = UntrustedJson.WithoutNulls(value); }
    [JsonPropertyName("focused")] public bool? Focused { get; init; }
}
