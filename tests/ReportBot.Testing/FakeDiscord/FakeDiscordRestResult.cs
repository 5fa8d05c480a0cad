using System.Text.Json.Nodes;

namespace ReportBot.Testing;

/// <summary>What a fake route answers: a status and an optional JSON body, with Discord's error shapes.</summary>
internal sealed record FakeDiscordRestResult(int Status, JsonNode? Body = null)
{
    /// <summary>Set when the client gets no answer at all (the status is then never sent).</summary>
    public NetworkFault Fault { get; init; }

    public static FakeDiscordRestResult NoContent { get; } = new(204);

    public static FakeDiscordRestResult Ok(JsonNode body) => new(200, body);

    /// <summary><c>{"message": ..., "code": ...}</c>, Discord's plain error body.</summary>
    public static FakeDiscordRestResult Error(int status, int? code, string message)
    {
        var body = new JsonObject { ["message"] = message };
        if (code is not null) body["code"] = code;
        return new(status, body);
    }

    /// <summary>50035 Invalid Form Body with one field error, nested the way Discord nests them.</summary>
    public static FakeDiscordRestResult InvalidForm(string field, string errorCode, string message) => new(400, new JsonObject
    {
        ["code"] = 50035,
        ["errors"] = new JsonObject
        {
            [field] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = errorCode, ["message"] = message }) },
        },
        ["message"] = "Invalid Form Body",
    });

    /// <summary>The 429 body: <c>retry_after</c> in seconds with decimals, and <c>global</c>.</summary>
    public static FakeDiscordRestResult RateLimited(TimeSpan retryAfter, bool global, string message = "You are being rate limited.")
    {
        var body = new JsonObject
        {
            ["message"] = message,
            ["retry_after"] = Math.Round(retryAfter.TotalSeconds, 3),
            ["global"] = global,
        };
        if (global) body["code"] = 0;
        return new(429, body);
    }
}
