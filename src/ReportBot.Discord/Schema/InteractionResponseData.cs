using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>
/// The <c>data</c> of an interaction response: a message (for types 4 and 7), the defer flags (type 5), or
/// autocomplete choices (type 8). Null members are left out of the JSON.
/// </summary>
public sealed record InteractionResponseData
{
    [JsonPropertyName("content")] public string? Content { get; init; }
    [JsonPropertyName("embeds")] public IReadOnlyList<Embed>? Embeds { get; init; }
    [JsonPropertyName("components")] public IReadOnlyList<Component>? Components { get; init; }
    [JsonPropertyName("allowed_mentions")] public AllowedMentions? AllowedMentions { get; init; }
    [JsonPropertyName("flags")] public int? Flags { get; init; }
    [JsonPropertyName("choices")] public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }

    public static InteractionResponseData From(MessageParams message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds,
        Components = message.Components,
        AllowedMentions = message.AllowedMentions,
        Flags = message.Flags,
    };
}
