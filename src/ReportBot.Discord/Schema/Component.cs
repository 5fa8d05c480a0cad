using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>A legacy message component: an action row (type 1) holding buttons (type 2).</summary>
public sealed record Component
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int SecondaryStyle = 2;
    public const int PrimaryStyle = 1;

    [JsonPropertyName("type")] public int Type { get; init; }
    [JsonPropertyName("style")] public int? Style { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("custom_id")] public string? CustomId { get; init; }
    [JsonPropertyName("components")] public IReadOnlyList<Component>? Components { get; init; }

    public static Component Row(IReadOnlyList<Component> buttons) => new() { Type = ActionRowType, Components = buttons };

    public static Component Button(string label, string customId, int style = SecondaryStyle) =>
        new() { Type = ButtonType, Style = style, Label = label, CustomId = customId };
}
