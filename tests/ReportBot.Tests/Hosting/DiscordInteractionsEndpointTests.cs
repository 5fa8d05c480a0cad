using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Digest;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>
/// <c>POST /discord/interactions</c> on the real host, with requests signed like Discord's and a fake Discord REST API.
/// The host's clock is a fake one, so that requests can be signed at a known instant and replayed minutes later.
/// </summary>
public sealed class DiscordInteractionsEndpointTests : IAsyncLifetime
{
    private const string EndpointCategory = "ReportBot.Discord.Interactions.InteractionsEndpoint";
    private const string Channel = "645027906669510667";
    private readonly DiscordTestKeys _keys = new();
    private readonly DiscordTestKeys _strangerKeys = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();
    private FakeDiscord _discord = null!;
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _host = await StartHostAsync(deferAfter: "00:00:01.5");
    }

    private Task<TestBotHost> StartHostAsync(string deferAfter)
    {
        var settings = _discord.Settings(gateway: false);
        settings["Discord:PublicKey"] = _keys.PublicKeyHex;
        settings["Discord:DeferAfter"] = deferAfter;
        settings[$"Logging:LogLevel:{EndpointCategory}"] = "Information";
        return TestBotHost.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(_clock);
            builder.Logging.AddProvider(_logs);
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
        _keys.Dispose();
        _strangerKeys.Dispose();
    }

    private IDigestStore Store => _host.App.Services.GetRequiredService<IDigestStore>();

    private string Now(int offsetSeconds = 0) => DiscordTestKeys.Timestamp(_clock.GetUtcNow().AddSeconds(offsetSeconds));

    private static Task<HttpResponseMessage> PostAsync(TestBotHost host, string body, string? signature, string? timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        if (timestamp is not null) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return host.Client.SendAsync(request);
    }

    /// <summary>Signed correctly, with <paramref name="timestamp"/> (the fake clock's now if null).</summary>
    private Task<HttpResponseMessage> PostSignedAsync(string body, TestBotHost? host = null, string? timestamp = null)
    {
        timestamp ??= Now();
        return PostAsync(host ?? _host, body, _keys.Sign(timestamp, body), timestamp);
    }

    private async Task<HttpStatusCode> StatusOfSignedAsync(string body, string? timestamp = null)
    {
        using var response = await PostSignedAsync(body, timestamp: timestamp);
        return response.StatusCode;
    }

    private static string Ping(string id = "1") => $$"""{"type":1,"id":"{{id}}","application_id":"2","token":"t","version":1}""";

    private static string Interaction(string name, string options, string id = "1311") => $$$"""
        {"type":2,"id":"{{{id}}}","application_id":"{{{FakeDiscord.ApplicationId}}}","token":"interaction-token-{{{id}}}","version":1,
         "channel_id":"{{{Channel}}}","guild_id":"290926798626357999",
         "member":{"user":{"id":"53908232506183680","username":"Mason"},"permissions":"2147483647"},
         "data":{"id":"9","name":"{{{name}}}","type":1,"options":{{{options}}} } }
        """;

    private static string Digest(string sub, string id, string options = "[]") =>
        Interaction("digest", $$"""[{"type":1,"name":"{{sub}}","options":{{options}}}]""", id);

    private static string Title(string response) =>
        JsonDocument.Parse(response).RootElement.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString()!;

    [Fact]
    public async Task Ping_gets_pong_as_json()
    {
        var response = await PostSignedAsync(Ping());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_a_correctly_signed_request_is_accepted()
    {
        string body = Ping();
        string ts = Now();
        string good = _keys.Sign(ts, body);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_host, body, good, ts)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body, _strangerKeys.Sign(ts, body), ts)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body.Replace("\"t\"", "\"u\""), good, ts)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body, good, Now(1))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body, null, ts)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body, good, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body, "not-hex-at-all", ts)).StatusCode);
    }

    [Fact]
    public async Task Ask_is_answered_inline_with_an_embed_of_excerpts()
    {
        var response = await PostSignedAsync(Interaction("ask", """[{"type":3,"name":"question","value":"What does the report recommend on 5G?"}]"""));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var embed = json.GetProperty("data").GetProperty("embeds")[0];
        Assert.Contains("5G", embed.GetProperty("fields")[0].GetProperty("value").GetString());
        Assert.Equal(0, json.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Empty(_discord.Rest.OriginalEdits);
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_and_then_edited_into_the_original_response()
    {
        await using var host = await StartHostAsync(deferAfter: "00:00:00");
        var response = await PostSignedAsync(Interaction("pillar", """[{"type":4,"name":"number","value":4}]"""), host);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, json.GetProperty("type").GetInt32());

        var edit = Assert.Single(await _discord.Rest.WaitForRequestsAsync(1, r => r.Method == "PATCH"));
        Assert.Contains($"/webhooks/{FakeDiscord.ApplicationId}/interaction-token-1311/messages/@original", edit.RawPath);
        Assert.Contains("Pillar 4: Galvanize", edit.Body!.Value.GetRawText());
    }

    [Fact]
    public async Task A_slow_private_reply_is_deferred_as_ephemeral_and_the_edit_keeps_its_flags()
    {
        await using var host = await StartHostAsync(deferAfter: "00:00:00");
        var response = await PostSignedAsync(Digest("status", "1320"), host);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());

        var edit = Assert.Single(await _discord.Rest.WaitForRequestsAsync(1, r => r.Method == "PATCH"));
        Assert.Equal(64, edit.Body!.Value.GetProperty("flags").GetInt32());
        Assert.Contains("No daily recommendation here", edit.Body!.Value.GetRawText());
    }

    [Fact]
    public async Task A_slow_public_reply_is_deferred_without_flags()
    {
        await using var host = await StartHostAsync(deferAfter: "00:00:00");
        var response = await PostSignedAsync(Interaction("pillars", "[]", "1321"), host);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.False(json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("flags", out _));
    }

    [Theory]
    [InlineData("{bad json")]
    [InlineData("[]")]
    [InlineData("{}")]
    public async Task Signed_but_malformed_interactions_are_400(string body) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await PostSignedAsync(body)).StatusCode);

    [Fact]
    public async Task An_oversized_body_is_413() =>
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostSignedAsync(new string(' ', 70_000) + "{}")).StatusCode);

    /// <summary>The attack as it was found: an admin unsubscribes, and a captured subscribe is sent again later.</summary>
    [Fact]
    public async Task A_digest_subscribe_replayed_26_minutes_later_does_not_undo_an_unsubscribe()
    {
        string subscribe = Digest("subscribe", "1312", """[{"type":3,"name":"time","value":"09:00"},{"type":3,"name":"timezone","value":"Asia/Seoul"}]""");
        string signedAt = Now();
        string signature = _keys.Sign(signedAt, subscribe);
        using (var first = await PostAsync(_host, subscribe, signature, signedAt))
            Assert.Equal("Subscribed to the daily recommendation", Title(await first.Content.ReadAsStringAsync()));

        _clock.Advance(TimeSpan.FromMinutes(1));
        using (var stop = await PostSignedAsync(Digest("unsubscribe", "1313")))
            Assert.Equal("Unsubscribed", Title(await stop.Content.ReadAsStringAsync()));
        Assert.Null(Store.Find("discord", Channel));

        _clock.Advance(TimeSpan.FromMinutes(25));
        using var replay = await PostAsync(_host, subscribe, signature, signedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Null(Store.Find("discord", Channel));
    }

    [Fact]
    public async Task An_interaction_id_seen_within_the_window_is_refused_a_second_time()
    {
        string help = Interaction("help", "[]", "1320");
        string signedAt = Now();
        string signature = _keys.Sign(signedAt, help);
        using (var first = await PostAsync(_host, help, signature, signedAt))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        // The very same request, just inside the window: its timestamp is still fresh, its id is not.
        _clock.Advance(TimeSpan.FromSeconds(299));
        using (var replay = await PostAsync(_host, help, signature, signedAt))
            Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);

        // The id is what counts, whatever the timestamp and signature.
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(help));
        Assert.Equal(HttpStatusCode.OK, await StatusOfSignedAsync(Interaction("help", "[]", "1321")));
    }

    [Fact]
    public async Task Identical_requests_arriving_together_let_exactly_one_through()
    {
        string help = Interaction("help", "[]", "1330");
        string signedAt = Now();
        string signature = _keys.Sign(signedAt, help);
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => PostAsync(_host, help, signature, signedAt)));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses) response.Dispose();
        Assert.Single(statuses, HttpStatusCode.OK);
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.Unauthorized));
    }

    /// <summary>Signed correctly, so only the timestamp's form or age can be what is refused.</summary>
    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("hello-world")]
    [InlineData("9999999999")]
    [InlineData("-{now}")]
    [InlineData("+{now}")]
    [InlineData("{now}.0")]
    [InlineData("{now}000")] // milliseconds
    [InlineData("1.7e9")]
    [InlineData("0x69a57c00")]
    public async Task A_timestamp_that_is_not_the_current_unix_time_in_decimal_seconds_is_401(string form)
    {
        string timestamp = form.Replace("{now}", Now(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(Ping(), timestamp));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(Interaction("help", "[]", "1340"), timestamp));
    }

    [Fact]
    public async Task The_window_is_five_minutes_either_side_of_now()
    {
        _clock.Advance(TimeSpan.FromMinutes(10)); // long enough after start-up for the whole window to be after it
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(Interaction("help", "[]", "1350"), Now(-301)));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(Interaction("help", "[]", "1351"), Now(301)));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(Interaction("help", "[]", "1352"), Now(-26 * 60)));
        Assert.Equal(HttpStatusCode.OK, await StatusOfSignedAsync(Interaction("help", "[]", "1353"), Now(-300)));
        Assert.Equal(HttpStatusCode.OK, await StatusOfSignedAsync(Interaction("help", "[]", "1354"), Now(300)));
    }

    [Fact]
    public async Task A_request_signed_before_the_bot_started_is_refused_since_an_earlier_process_may_have_answered_it()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(Interaction("help", "[]", "1355"), Now(-10)));
        Assert.Equal(HttpStatusCode.OK, await StatusOfSignedAsync(Interaction("help", "[]", "1356"), Now()));
    }

    [Fact]
    public async Task A_stale_request_is_refused_before_its_body_is_read() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync("{bad json", Now(-3600)));

    /// <summary>
    /// Discord's endpoint check sends signed pings: they need a fresh timestamp like everything else, but answering
    /// one again changes nothing, so a repeated ping is not refused.
    /// </summary>
    [Fact]
    public async Task A_ping_needs_a_fresh_timestamp_but_may_come_again()
    {
        string ping = Ping("1360");
        string signedAt = Now();
        string signature = _keys.Sign(signedAt, ping);
        for (int i = 0; i < 2; i++)
        {
            using var pong = await PostAsync(_host, ping, signature, signedAt);
            Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
            Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusOfSignedAsync(ping, Now(-600)));
    }

    [Fact]
    public async Task A_refused_replay_or_stale_request_is_logged_once_without_its_signature_or_body()
    {
        string help = Interaction("help", "[]", "1370");
        string signedAt = Now();
        string signature = _keys.Sign(signedAt, help);
        using (var first = await PostAsync(_host, help, signature, signedAt)) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Empty(EndpointLogs());

        using (var replay = await PostAsync(_host, help, signature, signedAt)) Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        var replayed = Assert.Single(EndpointLogs());
        Assert.Equal(LogLevel.Information, replayed.Level);
        Assert.Contains("1370", replayed.Message, StringComparison.Ordinal);

        string stale = Interaction("help", "[]", "1371");
        string staleAt = Now(-900);
        string staleSignature = _keys.Sign(staleAt, stale);
        using (var late = await PostAsync(_host, stale, staleSignature, staleAt)) Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
        Assert.Equal(2, EndpointLogs().Count);
        Assert.Equal(LogLevel.Information, EndpointLogs()[1].Level);

        foreach (string secret in new[] { signature, staleSignature, "interaction-token-1370", "interaction-token-1371", "Mason" })
            Assert.DoesNotContain(secret, _logs.AllText, StringComparison.Ordinal);
    }

    private List<(string Category, LogLevel Level, string Message, Exception? Exception)> EndpointLogs() =>
        [.. _logs.Entries.Where(e => e.Category == EndpointCategory)];
}
