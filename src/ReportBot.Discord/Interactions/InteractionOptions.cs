using System.Globalization;
using System.Text.Json;
using ReportBot.Core.IO;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>Reads option values from an interaction without trusting their JSON types.</summary>
internal static class InteractionOptions
{
    public static InteractionDataOption? Find(Interaction interaction, string name) =>
        interaction.Data?.Options?.FirstOrDefault(o => o.Name == name);

    /// <summary>The option's value as text, whatever JSON type it arrived as; null when missing.</summary>
    public static string? Text(InteractionDataOption? option) => option?.Value switch
    {
        { ValueKind: JsonValueKind.String } v => UntrustedJson.String(v),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };

    public static JsonElement Integer(int value) => JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int32);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
