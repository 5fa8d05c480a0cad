using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Discord.Schema;

/// <summary>One gateway frame: opcode, data, and for dispatches the sequence number and event name.</summary>
public sealed record GatewayPayload
{
    [JsonPropertyName("op")] public GatewayOpcode Op { get; init; }
    [JsonPropertyName("d")] public JsonElement? Data { get; init; }
    [JsonPropertyName("s")] public int? Sequence { get; init; }
    [JsonPropertyName("t")] public string? EventName { get; init; }
}
