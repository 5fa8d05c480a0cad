using System.Text.Json;

namespace ReportBot.Testing;

/// <summary>A message the fake created (<c>POST /channels/{id}/messages</c>), as it returned it.</summary>
public sealed record FakeDiscordRestMessage(string Id, string ChannelId, JsonElement Json, DateTimeOffset At)
{
    public string Content => Json.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";

    /// <summary>The nonce as sent (string or number, as text), or null.</summary>
    public string? Nonce => Json.TryGetProperty("nonce", out var n)
        ? n.ValueKind == JsonValueKind.String ? n.GetString() : n.GetRawText()
        : null;

    /// <summary>The id of the message this one replies to, or null.</summary>
    public string? ReplyTo => Json.TryGetProperty("message_reference", out var r) && r.TryGetProperty("message_id", out var id)
        ? id.GetString()
        : null;
}
