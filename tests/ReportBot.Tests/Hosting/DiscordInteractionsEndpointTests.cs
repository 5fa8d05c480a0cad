using System.Net;
using System.Text;
using System.Text.Json;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary><c>POST /discord/interactions</c> on the real host, with requests signed like Discord's and a fake Discord REST API.</summary>
public sealed class DiscordInteractionsEndpointTests : IAsyncLifetime
{
    private readonly DiscordTestKeys _keys = new();
    private readonly DiscordTestKeys _strangerKeys = new();
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
        return TestBotHost.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
        _keys.Dispose();
        _strangerKeys.Dispose();
    }

    private static Task<HttpResponseMessage> PostAsync(TestBotHost host, string body, string? signature, string? timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        if (timestamp is not null) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return host.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostSignedAsync(string body, TestBotHost? host = null)
    {
        string timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return PostAsync(host ?? _host, body, _keys.Sign(timestamp, body), timestamp);
    }

    private static string Interaction(string name, string options) => $$$"""
        {"type":2,"id":"1311","application_id":"{{{FakeDiscord.ApplicationId}}}","token":"interaction-token-1","version":1,
         "channel_id":"645027906669510667","guild_id":"290926798626357999",
         "member":{"user":{"id":"53908232506183680","username":"Mason"},"permissions":"2147483647"},
         "data":{"id":"9","name":"{{{name}}}","type":1,"options":{{{options}}} } }
        """;

    [Fact]
    public async Task Ping_gets_pong_as_json()
    {
        var response = await PostSignedAsync("""{"type":1,"id":"1","application_id":"2","token":"t","version":1}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_a_correctly_signed_request_is_accepted()
    {
        const string body = """{"type":1,"id":"1","application_id":"2","token":"t","version":1}""";
        const string ts = "1763630102";
        string good = _keys.Sign(ts, body);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_host, body, good, ts)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body, _strangerKeys.Sign(ts, body), ts)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body.Replace("\"t\"", "\"u\""), good, ts)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(_host, body, good, "1763630103")).StatusCode);
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
        Assert.Contains($"/webhooks/{FakeDiscord.ApplicationId}/interaction-token-1/messages/@original", edit.RawPath);
        Assert.Contains("Pillar 4: Galvanize", edit.Body!.Value.GetRawText());
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
}
