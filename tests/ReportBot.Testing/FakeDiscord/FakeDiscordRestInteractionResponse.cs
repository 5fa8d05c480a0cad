using System.Text.Json;

namespace ReportBot.Testing;

/// <summary>An interaction response posted to the callback endpoint, or an edit of the original response.</summary>
/// <param name="Id">The interaction id (callback) or the application id (edit of the original).</param>
public sealed record FakeDiscordRestInteractionResponse(string Id, string Token, JsonElement Body, DateTimeOffset At)
{
    /// <summary>The callback type (<c>type</c>), or null for an edit.</summary>
    public int? Type => Body.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : null;

    /// <summary>The message content: <c>data.content</c> for a callback, <c>content</c> for an edit.</summary>
    public string? Content =>
        (Body.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : Body) is var m
        && m.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
}
