using System.Buffers;
using System.Text.Json;

namespace ReportBot.Discord.Gateway;

/// <summary>The frames the bot sends (heartbeat, IDENTIFY, RESUME), written straight to UTF-8 JSON.</summary>
internal static class GatewayCommands
{
    public static byte[] Heartbeat(long? sequence) => Write(w =>
    {
        w.WriteNumber("op", 1);
        if (sequence is { } s) w.WriteNumber("d", s);
        else w.WriteNull("d");
    });

    public static byte[] Identify(string token, GatewayIntents intents, string library) => Write(w =>
    {
        w.WriteNumber("op", 2);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteNumber("intents", (int)intents);
        w.WriteStartObject("properties");
        w.WriteString("os", OperatingSystemName());
        w.WriteString("browser", library);
        w.WriteString("device", library);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(w =>
    {
        w.WriteNumber("op", 6);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s) w.WriteNumber("seq", s);
        else w.WriteNull("seq");
        w.WriteEndObject();
    });

    private static string OperatingSystemName() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
