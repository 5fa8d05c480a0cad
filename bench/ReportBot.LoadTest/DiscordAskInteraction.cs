using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportBot.LoadTest;

/// <summary>
/// Signed <c>/ask</c> interactions as Discord posts them to <c>/discord/interactions</c>, and what came back. The
/// signature is made per request, as Discord does, so the bot's check of it is part of every measurement. Like
/// Discord's, each carries the current Unix time and an id of its own: the bot refuses a stale timestamp, and an id it
/// has already seen within five minutes, as a replay.
/// </summary>
public sealed class DiscordAskInteraction(DiscordSigningKey key)
{
    public const string ApplicationId = "1184517000000000001";

    // Snowflake-sized ids, counted per instance: callers number requests per run or per step, and may repeat numbers.
    private long _lastId = 1_300_000_000_000_000_000L;

    private static readonly string[] Questions =
    [
        "What does the report recommend on 5G?", "How should the allies approach North Korea?", "Japan tensions",
        "What is the Korea-US free trade agreement?", "public health cooperation", "What is the recipe for kimchi?",
    ];

    /// <summary>What an interaction's HTTP response was.</summary>
    public enum Outcome { Inline, Deferred, Failed }

    /// <summary>
    /// The bot's settings for answering these interactions. Deferred answers (an answer later than
    /// <c>Discord:DeferAfter</c>, as happens under overload) are edited in through the REST API, which must be the
    /// fake on loopback: a load test never sends anything off this machine.
    /// </summary>
    public Dictionary<string, string> BotSettings(LoopbackDiscordWebhooks webhooks) => new()
    {
        ["Discord__PublicKey"] = key.PublicKeyHex,
        ["Discord__ApplicationId"] = ApplicationId,
        ["Discord__ApiBaseUrl"] = webhooks.ApiBaseUrl,
    };

    public async Task<Outcome> SendAsync(HttpClient http, int n)
    {
        string id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        string body = new JsonObject
        {
            ["type"] = 2, ["id"] = id, ["application_id"] = ApplicationId, ["token"] = "token-" + id, ["version"] = 1,
            ["channel_id"] = "645027906669510667", ["guild_id"] = "290926798626357999",
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "53908232506183680" }, ["permissions"] = "0" },
            ["data"] = new JsonObject
            {
                ["id"] = "1", ["name"] = "ask", ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "question", ["value"] = Questions[n % Questions.Length] }),
            },
        }.ToJsonString();
        string timestamp = DiscordSigningKey.Timestamp(DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, "discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", key.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK) return Outcome.Failed;
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("type").GetInt32() switch
        {
            4 => Outcome.Inline,
            5 => Outcome.Deferred,
            _ => Outcome.Failed,
        };
    }
}
