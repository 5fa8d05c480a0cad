using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportBot.Testing;

/// <summary>
/// The interaction routes: the callback (204; a second one for the same interaction gets 40060 "already
/// acknowledged") and the edit of the original response (200 with the message), plus <c>GET /gateway/bot</c>.
/// </summary>
internal static class FakeDiscordRestInteractions
{
    private const int LoadingFlag = 1 << 7;
    private static readonly int[] CallbackTypes = [1, 4, 5, 6, 7, 8, 9, 10, 12];
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static FakeDiscordRestResult Callback(
        FakeDiscordRestState state, string interactionId, string token, JsonElement? body, DateTimeOffset now)
    {
        if (body is not { ValueKind: JsonValueKind.Object } response
            || !response.TryGetProperty("type", out var t) || !t.TryGetInt32(out int type) || !CallbackTypes.Contains(type))
            return FakeDiscordRestResult.InvalidForm("type", "BASE_TYPE_CHOICES", "Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}.");
        var data = response.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        if (data is { } message && FakeDiscordRestMessages.Validate(message) is { } invalid) return invalid;
        if (!state.AcknowledgedInteractions.Add(interactionId))
            return FakeDiscordRestResult.Error(400, 40060, "Interaction has already been acknowledged.");

        state.AddCallback(new FakeDiscordRestInteractionResponse(interactionId, token, response, now));
        if (type is 4 or 5)
        {
            var original = FakeDiscordRestMessages.Render(state, "0", data ?? EmptyObject, now);
            if (type == 5) original["flags"] = (original["flags"]?.GetValue<int>() ?? 0) | LoadingFlag;
            original["webhook_id"] = state.ApplicationId;
            state.Originals[token] = original;
        }
        return FakeDiscordRestResult.NoContent;
    }

    public static FakeDiscordRestResult EditOriginal(
        FakeDiscordRestState state, string applicationId, string token, JsonElement? body, DateTimeOffset now)
    {
        if (state.ApplicationId is { } expected && expected != applicationId)
            return FakeDiscordRestResult.Error(404, 10015, "Unknown Webhook");
        if (body is not { ValueKind: JsonValueKind.Object } edit)
            return FakeDiscordRestResult.Error(400, 50006, "Cannot send an empty message");
        if (FakeDiscordRestMessages.Validate(edit) is { } invalid) return invalid;

        if (!state.Originals.TryGetValue(token, out var original))
            state.Originals[token] = original = FakeDiscordRestMessages.Render(state, "0", edit, now);
        foreach (var property in edit.EnumerateObject().Where(p => p.Name is not ("allowed_mentions" or "enforce_nonce")))
            original[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        original["flags"] = (original["flags"]?.GetValue<int>() ?? 0) & ~LoadingFlag;
        original["webhook_id"] = applicationId;
        original["application_id"] = applicationId;
        original["edited_timestamp"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        state.AddEdit(new FakeDiscordRestInteractionResponse(applicationId, token, edit, now));
        return FakeDiscordRestResult.Ok(original.DeepClone());
    }

    public static FakeDiscordRestResult GatewayBot(FakeDiscordRestState state, string host) => FakeDiscordRestResult.Ok(new JsonObject
    {
        ["url"] = state.GatewayUrl ?? "ws://" + host,
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1,
        },
    });
}
