using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>An interaction response: returned inline over HTTP or posted to the callback endpoint.</summary>
public sealed record InteractionResponse(
    [property: JsonPropertyName("type")] InteractionCallbackType Type,
    [property: JsonPropertyName("data")] InteractionResponseData? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);
}
