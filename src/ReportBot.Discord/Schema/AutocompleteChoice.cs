using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>A suggestion for an option being typed, or a fixed choice of a command option.</summary>
public sealed record AutocompleteChoice(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] JsonElement Value);
