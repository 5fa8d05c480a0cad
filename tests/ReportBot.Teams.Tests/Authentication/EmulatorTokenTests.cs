using ReportBot.Teams.Authentication;
using ReportBot.Teams.Tests.Support;
using static ReportBot.Teams.Tests.Support.BotAuthTestKit;
using ReportBot.Testing;

namespace ReportBot.Teams.Tests.Authentication;

/// <summary>Emulator (AAD) tokens are checked against a second metadata endpoint and by app id rather than endorsements.</summary>
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private const string EmulatorServiceUrl = "http://localhost:54321";
    private const string TenantId = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    private readonly TestSigningKey _channelKey = new("channel-key", "msteams", "emulator");
    private readonly TestSigningKey _emulatorKey = new("aad-key");
    private FakeOpenIdServer _channel = null!;
    private FakeOpenIdServer _emulator = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeOpenIdServer.StartAsync(ChannelIssuer, _channelKey);
        _emulator = await FakeOpenIdServer.StartAsync("https://login.microsoftonline.com/{tenantid}/v2.0", _emulatorKey);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task V2_token_whose_azp_is_our_app_is_accepted()
    {
        var result = await AuthenticateAsync(EmulatorToken(_emulatorKey, EmulatorIssuerV2, "2.0", ("azp", AppId)));

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(EmulatorServiceUrl, result.VerifiedServiceUrl);
        Assert.False(result.Anonymous);
        Assert.Equal(0, _channel.MetadataRequests);
        Assert.Equal(1, _emulator.MetadataRequests);
    }

    [Fact]
    public async Task V2_token_issued_to_another_app_is_rejected()
    {
        var token = EmulatorToken(_emulatorKey, EmulatorIssuerV2, "2.0", ("azp", "another-app"));

        ChannelTokenTests.AssertRejected(await AuthenticateAsync(token), token, 401, "another app");
    }

    [Fact]
    public async Task V2_token_reads_azp_not_appid()
    {
        var token = EmulatorToken(_emulatorKey, EmulatorIssuerV2, "2.0", ("appid", AppId), ("azp", "another-app"));

        ChannelTokenTests.AssertRejected(await AuthenticateAsync(token), token, 401, "another app");
    }

    [Fact]
    public async Task V1_token_whose_appid_is_our_app_is_accepted()
    {
        var result = await AuthenticateAsync(
            EmulatorToken(_emulatorKey, "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "1.0", ("appid", AppId)));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Token_without_ver_is_rejected()
    {
        var token = EmulatorToken(_emulatorKey, EmulatorIssuerV2, version: null, ("azp", AppId), ("appid", AppId));

        ChannelTokenTests.AssertRejected(await AuthenticateAsync(token), token, 401, "ver");
    }

    [Fact]
    public async Task Emulator_issuer_with_a_key_from_the_channel_keys_is_rejected()
    {
        // Each issuer family is checked only against its own metadata's keys.
        var token = EmulatorToken(_channelKey, EmulatorIssuerV2, "2.0", ("azp", AppId));

        ChannelTokenTests.AssertRejected(await AuthenticateAsync(token), token, 401, "signing key not found");
    }

    [Fact]
    public async Task Expired_emulator_token_is_rejected()
    {
        var token = TestTokens.Mint(
            _emulatorKey.Credentials(), EmulatorIssuerV2, AppId, Now.AddHours(-2), Now.AddHours(-1),
            new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = AppId });

        ChannelTokenTests.AssertRejected(await AuthenticateAsync(token), token, 401, "expired");
    }

    [Fact]
    public async Task Home_tenant_issuer_is_an_emulator_issuer_only_when_the_tenant_is_configured()
    {
        var token = EmulatorToken(_emulatorKey, $"https://sts.windows.net/{TenantId}/", "1.0", ("appid", AppId));
        var withTenant = Options(_channel.MetadataUrl, _emulator.MetadataUrl);
        withTenant.TenantId = TenantId;

        var accepted = await new BotFrameworkAuthenticator(withTenant, Http, Clock())
            .AuthenticateAsync(Bearer(token), "emulator", EmulatorServiceUrl, false, default);
        var rejected = await AuthenticateAsync(token);

        Assert.True(accepted.Succeeded, accepted.Failure);
        Assert.False(rejected.Succeeded);
        Assert.Contains("issuer", rejected.Failure);
    }

    [Fact]
    public async Task An_outbound_connector_token_replayed_inbound_is_rejected()
    {
        // What Entra ID gives the bot for calling the connector: same issuer family, our appid, but the Bot Framework audience.
        var token = TestTokens.Mint(_emulatorKey.Credentials(), "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            "https://api.botframework.com", Now.AddMinutes(-5), Now.AddMinutes(55), new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });
        Assert.False((await AuthenticateAsync(token)).Succeeded);
    }

    [Fact]
    public async Task An_emulator_token_may_not_steer_replies_off_this_machine()
    {
        var result = await Authenticator(_channel.MetadataUrl, _emulator.MetadataUrl)
            .AuthenticateAsync(Bearer(EmulatorToken(_emulatorKey, EmulatorIssuerV2, "2.0", ("azp", AppId))), "emulator",
                "https://attacker.example.com/", fromLoopback: false, default);
        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
    }

    private Task<AuthenticationResult> AuthenticateAsync(string token, string serviceUrl = EmulatorServiceUrl) =>
        Authenticator(_channel.MetadataUrl, _emulator.MetadataUrl)
            .AuthenticateAsync(Bearer(token), "emulator", serviceUrl, fromLoopback: false, default);

    [Theory]
    [InlineData("http://loopback:54321")]
    [InlineData("http://127.1:54321")]
    [InlineData("http://2130706433:54321")]
    [InlineData("http://0x7f.0.0.1:54321")]
    [InlineData("http://[::ffff:127.0.0.1]:54321")]
    public async Task An_emulator_token_replies_only_to_this_machine_written_plainly(string serviceUrl)
    {
        var result = await AuthenticateAsync(EmulatorToken(_emulatorKey, EmulatorIssuerV2, "2.0", ("azp", AppId)), serviceUrl);
        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
    }

    private static string EmulatorToken(TestSigningKey key, string issuer, string? version, params (string Name, string Value)[] claims)
    {
        var payload = claims.ToDictionary(c => c.Name, c => (object)c.Value);
        if (version is not null)
        {
            payload["ver"] = version;
        }

        return TestTokens.Mint(key.Credentials(), issuer, AppId, Now.AddMinutes(-5), Now.AddMinutes(55), payload);
    }
}
