using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReportBot.Discord.Schema;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Rest;

/// <summary>The fake behaves as Discord does, so later tests can rely on it.</summary>
public sealed class FakeDiscordRestTests
{
    [Fact]
    public async Task A_repeated_nonce_with_enforce_nonce_returns_the_first_message_in_that_channel_only()
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        using var http = Client(fake);

        var first = await PostAsync(http, "1", """{"content":"a","nonce":"n1","enforce_nonce":true}""");
        var again = await PostAsync(http, "1", """{"content":"changed","nonce":"n1","enforce_nonce":true}""");
        var otherChannel = await PostAsync(http, "2", """{"content":"a","nonce":"n1","enforce_nonce":true}""");
        var notEnforced = await PostAsync(http, "1", """{"content":"a","nonce":"n1"}""");

        Assert.Equal(Id(first), Id(again));
        Assert.Equal("a", again.GetProperty("content").GetString());
        Assert.NotEqual(Id(first), Id(otherChannel));
        Assert.NotEqual(Id(first), Id(notEnforced));
        Assert.Equal(3, fake.Messages.Count);
        Assert.Equal("n1", fake.Messages[0].Nonce);
    }

    [Fact]
    public async Task The_client_resending_with_a_nonce_gets_the_same_message_back()
    {
        await using var harness = await RestHarness.StartAsync();
        var message = new MessageParams { Content = "once", Nonce = "reply-to-42", EnforceNonce = true };

        var first = await harness.Client.CreateMessageAsync("1", message, CancellationToken.None);
        var second = await harness.Client.CreateMessageAsync("1", message, CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await harness.State.WaitForMessagesAsync(1));
    }

    [Fact]
    public async Task Message_ids_are_increasing_snowflakes_authored_by_the_bot()
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        using var http = Client(fake);

        var a = await PostAsync(http, "1", """{"content":"a"}""");
        var b = await PostAsync(http, "1", """{"content":"b"}""");

        Assert.True(ulong.Parse(Id(b), CultureInfo.InvariantCulture) > ulong.Parse(Id(a), CultureInfo.InvariantCulture));
        Assert.Equal(fake.State.BotUserId, a.GetProperty("author").GetProperty("id").GetString());
        Assert.True(a.GetProperty("author").GetProperty("bot").GetBoolean());
    }

    [Fact]
    public async Task Responses_carry_rate_limit_headers_counting_down_per_bucket()
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        fake.State.SetRateLimit(FakeDiscordRestRoute.CreateMessage, 5, TimeSpan.FromSeconds(5));
        using var http = Client(fake);

        using var first = await http.PostAsync("channels/1/messages", Json("""{"content":"a"}"""));
        using var second = await http.PostAsync("channels/1/messages", Json("""{"content":"b"}"""));
        using var otherChannel = await http.PostAsync("channels/2/messages", Json("""{"content":"c"}"""));
        using var gateway = await http.GetAsync("gateway/bot");

        Assert.Equal(("5", "4"), (Header(first, "X-RateLimit-Limit"), Header(first, "X-RateLimit-Remaining")));
        Assert.Equal("3", Header(second, "X-RateLimit-Remaining"));
        Assert.Equal("4", Header(otherChannel, "X-RateLimit-Remaining"));
        Assert.Equal(Header(first, "X-RateLimit-Bucket"), Header(otherChannel, "X-RateLimit-Bucket"));
        Assert.NotEqual(Header(first, "X-RateLimit-Bucket"), Header(gateway, "X-RateLimit-Bucket"));
        Assert.InRange(double.Parse(Header(second, "X-RateLimit-Reset-After")!, CultureInfo.InvariantCulture), 0.001, 5);
    }

    [Fact]
    public async Task Ignoring_a_limit_gets_an_unscripted_429_with_retry_after()
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        fake.State.SetRateLimit(FakeDiscordRestRoute.CreateMessage, 1, TimeSpan.FromSeconds(5));
        using var http = Client(fake);

        using var allowed = await http.PostAsync("channels/1/messages", Json("""{"content":"a"}"""));
        using var limited = await http.PostAsync("channels/1/messages", Json("""{"content":"b"}"""));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        using var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.InRange(body.RootElement.GetProperty("retry_after").GetDouble(), 1, 5);
        Assert.False(body.RootElement.GetProperty("global").GetBoolean());
        Assert.Equal("user", Header(limited, "X-RateLimit-Scope"));
        Assert.True(fake.Requests[1].IsUnscriptedRateLimit);
    }

    [Fact]
    public async Task Scripted_replies_apply_to_the_next_requests_on_their_route_only()
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        fake.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.ServerError(503), times: 2);
        using var http = Client(fake);

        using var gateway = await http.GetAsync("gateway/bot");
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("channels/1/messages", Json("""{"content":"a"}"""));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, gateway.StatusCode);
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Equal([false, true, true, false], fake.Requests.Select(r => r.Scripted));
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData("Bot wrong", 401)]
    [InlineData("Bot right", 200)]
    public async Task Bot_routes_need_the_bot_token(string? authorization, int status)
    {
        await using var fake = await FakeDiscordRest.StartAsync(new FakeDiscordRestState { BotToken = "right" });
        using var http = new HttpClient { BaseAddress = new Uri(fake.ApiBaseUrl + "/") };
        if (authorization is not null) http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        using var response = await http.GetAsync("gateway/bot");

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("""{"content":""}""", 50006)]
    [InlineData("""{"content":"a","nonce":"12345678901234567890123456"}""", 50035)]
    [InlineData("""{"content":"a","embeds":[{},{},{},{},{},{},{},{},{},{},{}]}""", 50035)]
    public async Task Invalid_messages_get_discords_error_codes(string body, int code)
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        using var http = Client(fake);

        using var response = await http.PostAsync("channels/1/messages", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, error.RootElement.GetProperty("code").GetInt32());
        Assert.Empty(fake.Messages);
    }

    [Theory]
    [InlineData("""[{"name":"Ask","description":"d"}]""")]
    [InlineData("""[{"name":"ask","description":""}]""")]
    [InlineData("""[{"name":"ask","description":"d"},{"name":"ask","description":"e"}]""")]
    [InlineData("""[{"name":"ask","description":"d","options":[{"type":3,"name":"a","description":"d"},{"type":3,"name":"b","description":"d","required":true}]}]""")]
    public async Task Invalid_command_sets_are_refused(string body)
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        using var http = Client(fake);

        using var response = await http.PutAsync("applications/1/commands", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(fake.State.Commands());
    }

    [Fact]
    public async Task Overwriting_commands_keeps_ids_by_name()
    {
        await using var fake = await FakeDiscordRest.StartAsync();
        using var http = Client(fake);

        using var first = JsonDocument.Parse(await (await http.PutAsync("applications/1/commands", Json("""[{"name":"ask","description":"d"}]"""))).Content.ReadAsStringAsync());
        using var second = JsonDocument.Parse(await (await http.PutAsync("applications/1/commands", Json("""[{"name":"ask","description":"new"},{"name":"help","description":"h"}]"""))).Content.ReadAsStringAsync());

        Assert.Equal(Id(first.RootElement[0]), Id(second.RootElement[0]));
        Assert.NotEqual(Id(second.RootElement[0]), Id(second.RootElement[1]));
        Assert.Equal("1", second.RootElement[0].GetProperty("application_id").GetString());
    }

    [Fact]
    public async Task It_can_be_mapped_into_an_app_shared_with_other_fakes()
    {
        var state = new FakeDiscordRestState { GatewayUrl = "ws://example/gateway" };
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/gateway", () => "another fake");
            FakeDiscordRest.Map(app, state);
        });
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = new Uri(FakeDiscordRest.ApiBaseUrlOf(address) + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", "x");

        using var gateway = JsonDocument.Parse(await http.GetStringAsync("gateway/bot"));
        using var unknown = await http.GetAsync("users/@me");

        Assert.Equal("ws://example/gateway", gateway.RootElement.GetProperty("url").GetString());
        Assert.Equal("another fake", await new HttpClient().GetStringAsync(new Uri(address, "/gateway")));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal([FakeDiscordRestRoute.GatewayBot, FakeDiscordRestRoute.Unknown], state.Requests.Select(r => r.Route));
    }

    private static HttpClient Client(FakeDiscordRest fake)
    {
        var http = new HttpClient { BaseAddress = new Uri(fake.ApiBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", "token");
        return http;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> PostAsync(HttpClient http, string channel, string json)
    {
        using var response = await http.PostAsync($"channels/{channel}/messages", Json(json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : null;
}
