using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>An option in a command definition (what users see when typing the command).</summary>
public sealed record ApplicationCommandOption
{
    [JsonPropertyName("type")] public ApplicationCommandOptionType Type { get; init; }
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("required")] public bool? Required { get; init; }
    [JsonPropertyName("autocomplete")] public bool? Autocomplete { get; init; }
    [JsonPropertyName("min_value")] public long? MinValue { get; init; }
    [JsonPropertyName("max_value")] public long? MaxValue { get; init; }
    [JsonPropertyName("min_length")] public int? MinLength { get; init; }
    [JsonPropertyName("max_length")] public int? MaxLength { get; init; }
    [JsonPropertyName("choices")] public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
    [JsonPropertyName("options")] public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
