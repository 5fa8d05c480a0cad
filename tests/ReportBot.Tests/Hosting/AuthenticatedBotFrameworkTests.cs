using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Teams.Connector;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>
/// The host with a bot registration: every request needs a valid Bot Framework token (signed by keys from a local
/// OpenID endpoint), and replies carry an MSAL token from a local token service, fetched once and reused.
/// </summary>
public sealed class AuthenticatedBotFrameworkTests : IAsyncLifetime
{
    private const string AppId = "7c2b9a41-0e3d-4f6a-8b5c-1d2e3f4a5b6c";
    private readonly TestSigningKey _key = new("host-test-key", "msteams", "emulator", "webchat", "directline");
    private FakeOpenIdServer _openId = null!;
    private FakeTokenService _tokens = null!;
    private FakeBotConnector _connector = null!;
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync("https://api.botframework.com", _key);
        _tokens = await FakeTokenService.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
        _host = await TestBotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-a-real-secret",
                ["Teams:OpenIdMetadataUrl"] = _openId.MetadataUrl,
                ["Teams:RequireHttpsMetadata"] = "false",
            },
            builder => builder.Services.AddHttpClient(MsalHttpClientFactory.ClientName)
                .ConfigurePrimaryHttpMessageHandler(_tokens.RedirectingHandler));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private string Token(string? serviceUrl = null, DateTimeOffset? expires = null, string audience = AppId) =>
        TestTokens.Mint(_key.Credentials(), "https://api.botframework.com", audience,
            DateTimeOffset.UtcNow.AddMinutes(-5), expires ?? DateTimeOffset.UtcNow.AddMinutes(55),
            new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? _connector.ServiceUrl });

    private Task<HttpResponseMessage> PostAsync(string text, string? token, string id = "a1", string scheme = "Bearer")
    {
        var activity = new JsonObject
        {
            ["type"] = "message", ["id"] = id, ["channelId"] = "msteams", ["serviceUrl"] = _connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user" }, ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:chat" }, ["text"] = text,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        return _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Valid_requests_are_answered_with_one_token_requested_and_reused()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("5G", Token(), "a1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Japan", Token(), "a2")).StatusCode);

        var replies = await _connector.WaitForAsync(2);
        Assert.All(replies, r => Assert.Equal("Bearer " + _tokens.AccessToken, r.Authorization));
        Assert.Equal(1, _tokens.TokenRequests);
        Assert.Equal(["botframework.com"], _tokens.Tenants);
    }

    [Fact]
    public async Task Requests_without_a_valid_token_get_401_and_nothing_is_sent()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("5G", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("5G", Token(expires: DateTimeOffset.UtcNow.AddMinutes(-10)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("5G", Token(audience: "someone-else"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("5G", Token(serviceUrl: "https://evil.example/"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("5G", TestTokens.TamperSignature(Token()))).StatusCode);
        // Each 401 was answered before the activity reached the processor (see AssertRefused): nothing is on its way.
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, _tokens.TokenRequests);
    }

    // The Bot Framework SDK compares aud to the app id exactly; IdentityModel on its own would ignore the slash.
    [Fact]
    public async Task A_token_for_the_app_id_with_a_trailing_slash_gets_401_and_nothing_is_sent()
    {
        var response = await PostAsync("5G", Token(audience: AppId + "/"));

        AssertRefused(response);
    }

    [Fact]
    public async Task A_lower_case_bearer_scheme_gets_401_and_nothing_is_sent()
    {
        var response = await PostAsync("5G", Token(), scheme: "bearer");

        AssertRefused(response);
    }

    [Fact]
    public async Task A_serviceurl_claim_differing_from_the_activity_only_in_case_gets_401_and_nothing_is_sent()
    {
        var response = await PostAsync("5G", Token(serviceUrl: _connector.ServiceUrl.ToUpperInvariant()));

        AssertRefused(response);
    }

    // The endpoint answers a refused request before the activity reaches the processor, so once the 401 is here
    // nothing can still be on its way to the connector.
    private void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, _tokens.TokenRequests);
    }
}
