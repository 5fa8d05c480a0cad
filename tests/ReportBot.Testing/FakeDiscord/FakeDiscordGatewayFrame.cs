using System.Text.Json;

namespace ReportBot.Testing;

/// <summary>One frame the client sent to the fake gateway: its opcode, its <c>d</c>, and its size in bytes.</summary>
public sealed record FakeDiscordGatewayFrame(int Op, JsonElement Data, int Size, string Text)
{
    /// <summary><c>d.name</c> as a string, or null.</summary>
    public string? Get(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    /// <summary><c>d.name</c> as a number, or null (absent or JSON null).</summary>
    public long? GetNumber(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt64() : null;

    /// <summary>For a heartbeat: the sequence number it carried, or null.</summary>
    public long? HeartbeatSequence => Data.ValueKind == JsonValueKind.Number ? Data.GetInt64() : null;
}
