using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ReportBot.Core.Feedback;
using ReportBot.Core.Telemetry;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Feedback;

/// <summary>👍/👎 as Discord buttons and Teams card actions on the real host, and where the votes end up.</summary>
[Collection(MetricsCollection.Name)]
public sealed class PlatformFeedbackTests : IAsyncLifetime
{
    private readonly DiscordTestKeys _keys = new();
    private FakeDiscord _discord = null!;
    private FakeBotConnector _connector = null!;
    private TestBotHost _host = null!;
    private int _activities;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        var settings = _discord.Settings(gateway: false);
        settings["Discord:PublicKey"] = _keys.PublicKeyHex;
        _host = await TestBotHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _discord.DisposeAsync();
        _keys.Dispose();
    }

    private async Task<JsonElement> DiscordAsync(string body)
    {
        string timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", _keys.Sign(timestamp, body));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    // Each interaction has an id of its own, as Discord's do: the endpoint refuses an id it has seen as a replay.
    private static long s_lastId = 1311;

    private static string Interaction(int type, string user, string data) => $$$"""
        {"type":{{{type}}},"id":"{{{Interlocked.Increment(ref s_lastId)}}}","application_id":"{{{FakeDiscord.ApplicationId}}}","token":"interaction-token-1","version":1,
         "channel_id":"645027906669510667","guild_id":"290926798626357999",
         "member":{"user":{"id":"{{{user}}}","username":"Mason"},"permissions":"0"},
         "data":{{{data}}} }
        """;

    [Fact]
    public async Task Discord_answers_carry_a_feedback_row_and_a_vote_is_thanked_only_to_the_voter()
    {
        var ask = await DiscordAsync(Interaction(2, "53908232506183680",
            """{"id":"9","name":"ask","type":1,"options":[{"type":3,"name":"question","value":"What does the report say about North Korea?"}]}"""));
        var rows = ask.GetProperty("data").GetProperty("components").EnumerateArray().ToList();
        var feedbackRow = rows[^1].GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["👍", "👎"], feedbackRow.Select(b => b.GetProperty("label").GetString()));
        Assert.All(rows.SkipLast(1).SelectMany(r => r.GetProperty("components").EnumerateArray()),
            b => Assert.DoesNotMatch("^vote:", b.GetProperty("custom_id").GetString()!));
        string down = feedbackRow[1].GetProperty("custom_id").GetString()!;

        var thanks = await DiscordAsync(Interaction(3, "53908232506183680", $$"""{"custom_id":"{{down}}","component_type":2}"""));
        Assert.Equal(4, thanks.GetProperty("type").GetInt32());
        Assert.Equal(64, thanks.GetProperty("data").GetProperty("flags").GetInt32()); // ephemeral
        Assert.Contains("Thanks for the feedback", thanks.GetProperty("data").GetRawText(), StringComparison.Ordinal);

        var forged = await DiscordAsync(Interaction(3, "53908232506183680", """{"custom_id":"vote:ffffffffffffffff:down","component_type":2}"""));
        Assert.Equal(64, forged.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("expired", forged.GetProperty("data").GetRawText(), StringComparison.Ordinal);

        var summary = _host.App.Services.GetRequiredService<IAnswerLog>().Summarize(DateTimeOffset.UtcNow.AddHours(-1), 10);
        var disliked = Assert.Single(summary.MostDisliked);
        Assert.Equal("what does the report say about north korea", disliked.Question);
        Assert.Equal(1, disliked.Down);
    }

    [Fact]
    public async Task Teams_cards_offer_feedback_actions_and_a_submitted_vote_is_acknowledged()
    {
        // The bot counts an outbound call after the connector has answered it, so the fake connector can hold the
        // third reply before the bot has counted it. Listening on the host's own meter says when the count happened.
        // (The collectors listen after the Prometheus exporter, which started with the host, so by the time a collector
        // has seen a measurement the exporter has aggregated it: listeners are called in the order they subscribed.)
        var meters = _host.App.Services.GetRequiredService<IMeterFactory>();
        using var outboundCalls = new MetricCollector<long>(meters, BotMetrics.MeterName, "reportbot.outbound.calls");
        using var votes = new MetricCollector<long>(meters, BotMetrics.MeterName, "reportbot.feedback");

        var answer = await TeamsAsync(new JsonObject { ["text"] = "What does the report say about 5G?" });
        var card = JsonDocument.Parse(answer.Card).RootElement[0].GetProperty("content");
        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        var up = actions.Single(a => a.GetProperty("title").GetString() == "👍");
        Assert.Equal("Action.Submit", up.GetProperty("type").GetString());
        Assert.Contains(actions, a => a.GetProperty("title").GetString() == "👎");
        string vote = up.GetProperty("data").GetProperty("reportbot").GetString()!;

        var thanks = await TeamsAsync(new JsonObject { ["value"] = new JsonObject { ["reportbot"] = vote } });
        Assert.Contains("Thanks for the feedback", thanks.Visible, StringComparison.Ordinal);
        var again = await TeamsAsync(new JsonObject { ["value"] = new JsonObject { ["reportbot"] = vote.Replace(":up", ":down", StringComparison.Ordinal) } });
        Assert.Contains("Vote changed", again.Visible, StringComparison.Ordinal);
        var summary = _host.App.Services.GetRequiredService<IAnswerLog>().Summarize(DateTimeOffset.UtcNow.AddHours(-1), 10);
        Assert.Equal(1, Assert.Single(summary.MostDisliked).Down);

        // The three replies went out through the connector client, and /metrics counted them by status. The 60 s is a
        // guard against a hang; the waits end as soon as the bot has recorded the three calls and the two votes.
        await outboundCalls.WaitForMeasurementsAsync(3, TimeSpan.FromSeconds(60));
        await votes.WaitForMeasurementsAsync(2, TimeSpan.FromSeconds(60));
        string metrics = await _host.Client.GetStringAsync("/metrics");
        Assert.Contains("reportbot_outbound_calls_total{otel_scope_name=\"ReportBot\",client=\"botframework-connector\",status=\"200\"} 3", metrics, StringComparison.Ordinal);
        Assert.Contains("reportbot_feedback_total{otel_scope_name=\"ReportBot\",platform=\"msteams\",vote=\"down\"} 1", metrics, StringComparison.Ordinal);
    }

    private async Task<ReceivedActivity> TeamsAsync(JsonObject content)
    {
        int n = Interlocked.Increment(ref _activities);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "fb-" + n,
            ["channelId"] = "msteams",
            ["serviceUrl"] = _connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:feedback-user", ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ReportBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:personal-feedback", ["conversationType"] = "personal" },
        };
        foreach (var (key, value) in content) activity[key] = value?.DeepClone();
        var response = await _host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await _connector.WaitForAsync(n);
        return replies.Single(r => r.ReplyToId == "fb-" + n);
    }
}
