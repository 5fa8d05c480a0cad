using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportBot.Testing;

/// <summary>
/// <c>POST /channels/{id}/messages</c> as Discord behaves: validates the body, creates a message with a new
/// snowflake, and with <c>enforce_nonce</c> returns the earlier message for a repeated nonce in the same channel.
/// </summary>
internal static class FakeDiscordRestMessages
{
    public const int MaxContent = 2000;
    public const int MaxEmbeds = 10;
    public const int MaxNonce = 25;

    public static FakeDiscordRestResult Create(FakeDiscordRestState state, string channelId, JsonElement? body, DateTimeOffset now)
    {
        if (body is not { ValueKind: JsonValueKind.Object } message)
            return FakeDiscordRestResult.Error(400, 50006, "Cannot send an empty message");
        if (Validate(message) is { } invalid) return invalid;
        if (!HasVisibleContent(message)) return FakeDiscordRestResult.Error(400, 50006, "Cannot send an empty message");

        string? nonce = null;
        if (message.TryGetProperty("nonce", out var n) && n.ValueKind != JsonValueKind.Null)
        {
            nonce = n.ValueKind switch
            {
                JsonValueKind.String when n.GetString()!.Length <= MaxNonce => n.GetString(),
                JsonValueKind.Number when n.TryGetInt64(out _) => n.GetRawText(),
                _ => null,
            };
            if (nonce is null) return FakeDiscordRestResult.InvalidForm("nonce", "BASE_TYPE_BAD_LENGTH", $"Must be {MaxNonce} or fewer in length.");
        }
        bool enforce = message.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        if (enforce && nonce is not null && state.Nonces.TryGetValue((channelId, nonce), out var existing))
            return FakeDiscordRestResult.Ok(JsonNode.Parse(existing.Json.GetRawText())!);

        var json = Render(state, channelId, message, now);
        var created = new FakeDiscordRestMessage(json["id"]!.GetValue<string>(), channelId, ToElement(json), now);
        state.AddMessage(created);
        if (nonce is not null) state.Nonces.TryAdd((channelId, nonce), created);
        return FakeDiscordRestResult.Ok(json);
    }

    /// <summary>The length limits Discord checks on every message body (also used for edits).</summary>
    public static FakeDiscordRestResult? Validate(JsonElement message)
    {
        if (message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String && c.GetString()!.Length > MaxContent)
            return FakeDiscordRestResult.InvalidForm("content", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxContent} or fewer in length.");
        if (message.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array && embeds.GetArrayLength() > MaxEmbeds)
            return FakeDiscordRestResult.InvalidForm("embeds", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxEmbeds} or fewer in length.");
        return null;
    }

    /// <summary>A message object as Discord returns it, built from the body, authored by the bot.</summary>
    public static JsonObject Render(FakeDiscordRestState state, string channelId, JsonElement body, DateTimeOffset now)
    {
        var json = new JsonObject
        {
            ["id"] = state.NextSnowflake(),
            ["channel_id"] = channelId,
            ["type"] = body.TryGetProperty("message_reference", out _) ? 19 : 0,
            ["author"] = new JsonObject
            {
                ["id"] = state.BotUserId, ["username"] = state.BotUsername, ["global_name"] = null, ["discriminator"] = "0", ["bot"] = true,
            },
            ["content"] = "",
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["pinned"] = false,
            ["tts"] = false,
            ["flags"] = 0,
            ["timestamp"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", System.Globalization.CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
        };
        foreach (string name in (string[])["content", "embeds", "components", "flags", "nonce", "message_reference", "tts"])
        {
            if (body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null) json[name] = JsonNode.Parse(value.GetRawText());
        }
        return json;
    }

    public static JsonElement ToElement(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private static bool HasVisibleContent(JsonElement message) =>
        (message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String && c.GetString()!.Length > 0)
        || NonEmptyArray(message, "embeds") || NonEmptyArray(message, "components") || NonEmptyArray(message, "sticker_ids")
        || NonEmptyArray(message, "attachments") || (message.TryGetProperty("poll", out var p) && p.ValueKind == JsonValueKind.Object);

    private static bool NonEmptyArray(JsonElement message, string name) =>
        message.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0;
}
