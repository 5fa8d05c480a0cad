using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Digest;

/// <summary>The typed digest commands on the real host: Teams (local mode, replies through a fake connector) and the chat page.</summary>
[Collection(MetricsCollection.Name)]
public sealed class DigestChatCommandTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private TestBotHost _host = null!;
    private int _activities;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        // The scheduler's own passes stay out of the way: the tests drive the runner themselves.
        _host = await TestBotHost.StartAsync(new Dictionary<string, string?> { ["Digest:CheckInterval"] = "00:10:00" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private IDigestStore Store => _host.App.Services.GetRequiredService<IDigestStore>();

    /// <summary>Types <paramref name="text"/> in a Teams channel and returns the bot's reply as the connector got it.</summary>
    private async Task<ReceivedActivity> TeamsAsync(string conversation, string text)
    {
        int n = Interlocked.Increment(ref _activities);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "act-" + n,
            ["channelId"] = "msteams",
            ["serviceUrl"] = _connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ReportBot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" },
            ["text"] = "<at>ReportBot</at> " + text,
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention", ["text"] = "<at>ReportBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ReportBot" },
            }),
            ["locale"] = "en-US",
        };
        var response = await _host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await _connector.WaitForAsync(n);
        var reply = replies.Single(r => r.ReplyToId == "act-" + n);
        Assert.Equal(conversation, reply.ConversationId);
        return reply;
    }

    [Fact]
    public async Task Teams_subscribe_status_preview_and_unsubscribe()
    {
        const string conversation = "19:digest@thread.tacv2;messageid=1";
        var subscribed = await TeamsAsync(conversation, "digest subscribe 09:00 Asia/Seoul");
        Assert.Contains("Subscribed to the daily recommendation", subscribed.Visible);
        Assert.Contains("Every day at 09:00 Asia/Seoul", subscribed.Visible);
        var stored = Store.Find("msteams", conversation);
        Assert.NotNull(stored);
        Assert.Equal(new DigestTime(new TimeOnly(9, 0), "Asia/Seoul"), stored.Time);

        // The reference the digest will post with was stored, pointing at the connector the message came from.
        var address = _host.App.Services.GetRequiredService<ReportBot.Core.Conversations.IConversationDirectory>().Find("msteams", conversation);
        Assert.NotNull(address);
        Assert.Contains(_connector.ServiceUrl.TrimEnd('/'), address.Reference);

        var status = await TeamsAsync(conversation, "digest status");
        var seoul = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));
        var next = DateOnly.FromDateTime(seoul.DateTime).AddDays(seoul.TimeOfDay < TimeSpan.FromHours(9) ? 0 : 1);
        Assert.Contains("Daily recommendation: on", status.Visible);
        Assert.Contains("Time: every day at 09:00 Asia/Seoul", status.Visible);
        Assert.Contains($"Next: {next.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} at 09:00 Asia/Seoul", status.Visible);

        var preview = await TeamsAsync(conversation, "digest preview");
        Assert.Contains("application/vnd.microsoft.card.adaptive", preview.Card);
        Assert.Contains("Recommendation of the day", preview.Visible);
        Assert.Contains("Ask next:", preview.Visible);
        Assert.Equal(0, Store.SentCount(stored.Id)); // a preview posts and records nothing
        Assert.Empty(new DeliveryLog(Path.Combine(_host.DataPath, "reportbot.db")).Rows());

        var gone = await TeamsAsync(conversation, "digest unsubscribe");
        Assert.Contains("Unsubscribed", gone.Visible);
        Assert.Null(Store.Find("msteams", conversation));
        Assert.Contains("No daily recommendation here", (await TeamsAsync(conversation, "digest status")).Visible);
    }

    [Fact]
    public async Task Teams_invalid_time_or_zone_is_refused_and_nothing_is_stored()
    {
        const string conversation = "19:digest-bad@thread.tacv2";
        Assert.Contains("“25:00” isn't a time of day", (await TeamsAsync(conversation, "digest subscribe 25:00 UTC")).Visible);
        Assert.Contains("“Mars/Olympus” isn't a time zone", (await TeamsAsync(conversation, "digest subscribe 09:00 Mars/Olympus")).Visible);
        Assert.Null(Store.Find("msteams", conversation));
    }

    [Fact]
    public async Task Web_chat_subscribe_then_the_digest_arrives_in_the_pages_outbox()
    {
        var chat = _host.Client.Conversation();
        var reply = await chat.SayAsync("digest subscribe 00:00 UTC");
        string conversation = chat.Id!;
        Assert.Equal("Subscribed to the daily recommendation", reply.GetProperty("title").GetString());
        var subscription = Store.Find("web", conversation);
        Assert.NotNull(subscription);

        // Subscribed after today's 00:00, so the first post is tomorrow: nothing yet.
        var runner = _host.App.Services.GetRequiredService<DigestRunner>();
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, (await MessagesAsync(conversation)).GetArrayLength());

        // As if it had been subscribed yesterday.
        var log = new DeliveryLog(Path.Combine(_host.DataPath, "reportbot.db"));
        log.Execute($"UPDATE digest_subscriptions SET last_local_date = date('now', '-1 day') WHERE id = '{subscription.Id}'");
        Assert.Equal(1, await runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));

        var messages = await MessagesAsync(conversation);
        var message = Assert.Single(messages.EnumerateArray());
        var digest = message.GetProperty("reply");
        Assert.Equal("Digest", digest.GetProperty("kind").GetString());
        Assert.StartsWith("Recommendation of the day · ", digest.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(digest.GetProperty("quote").GetProperty("text").GetString()));
        Assert.Contains("Ask next:", digest.GetProperty("body").GetString());

        // Polling after the last sequence seen returns nothing new; another conversation sees nothing.
        long seen = message.GetProperty("sequence").GetInt64();
        Assert.Equal(0, (await MessagesAsync(conversation, seen)).GetArrayLength());
        var other = _host.Client.Conversation();
        await other.SayAsync("help");
        Assert.Equal(0, (await MessagesAsync(other.Id!)).GetArrayLength());
        Assert.Equal("Sent", Assert.Single(log.Rows(subscription.Id)).State);
        Assert.Contains("reportbot_digest_deliveries_total{otel_scope_name=\"ReportBot\",outcome=\"sent\",platform=\"web\"} 1",
            await _host.Client.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_before_subscribing_shows_the_recommendation_that_is_then_posted_first()
    {
        var chat = _host.Client.Conversation();
        var preview = await chat.SayAsync("digest preview");
        string previewed = preview.GetProperty("quote").GetProperty("text").GetString()!;
        string conversation = chat.Id!;

        await chat.SayAsync("digest subscribe 00:00 UTC");
        var subscription = Store.Find("web", conversation)!;
        new DeliveryLog(Path.Combine(_host.DataPath, "reportbot.db"))
            .Execute($"UPDATE digest_subscriptions SET last_local_date = date('now', '-1 day') WHERE id = '{subscription.Id}'");
        Assert.Equal(1, await _host.App.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None));
        var posted = Assert.Single((await MessagesAsync(conversation)).EnumerateArray()).GetProperty("reply");
        Assert.Equal(previewed, posted.GetProperty("quote").GetProperty("text").GetString());
    }

    private async Task<JsonElement> MessagesAsync(string conversation, long? after = null)
    {
        var json = await _host.Client.GetFromJsonAsync<JsonElement>($"/api/chat/{conversation}/messages" + (after is { } a ? $"?after={a}" : ""));
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        return json;
    }
}
