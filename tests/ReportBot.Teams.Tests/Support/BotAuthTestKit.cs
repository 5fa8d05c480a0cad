using Microsoft.Extensions.Time.Testing;
using ReportBot.Teams.Authentication;
using ReportBot.Testing;

namespace ReportBot.Teams.Tests.Support;

/// <summary>Defaults shared by the authentication tests: a fixed clock, an app id, and builders for tokens and authenticators.</summary>
public static class BotAuthTestKit
{
    public const string AppId = "5e1d6c52-0b5c-4b8a-9a55-6f3f1c2d9e01";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    /// <summary>Far from the real date, so a check that used the system clock instead of the injected one would fail.</summary>
    public static readonly DateTimeOffset Now = new(2031, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static FakeTimeProvider Clock() => new(Now);

    public static BotFrameworkAuthenticator Authenticator(
        string channelMetadataUrl, string? emulatorMetadataUrl = null, string? appId = AppId, TimeProvider? time = null) =>
        new(Options(channelMetadataUrl, emulatorMetadataUrl, appId), Http, time ?? Clock());

    public static BotAuthenticationOptions Options(string channelMetadataUrl, string? emulatorMetadataUrl = null, string? appId = AppId) => new()
    {
        AppId = appId,
        ChannelOpenIdMetadataUrl = channelMetadataUrl,
        // Nothing listens on port 9; tests that need Emulator metadata pass a real server.
        EmulatorOpenIdMetadataUrl = emulatorMetadataUrl ?? "http://127.0.0.1:9/.well-known/openid-configuration",
        RequireHttpsMetadata = false,
    };

    /// <summary>A Bot Connector token as Teams would send it, valid at <see cref="Now"/> unless overridden.</summary>
    public static string ChannelToken(
        TestSigningKey key,
        string issuer = ChannelIssuer,
        string? audience = AppId,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        string? serviceUrl = ServiceUrl)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return TestTokens.Mint(
            key.Credentials(), issuer, audience, notBefore ?? Now.AddMinutes(-5), expires ?? Now.AddMinutes(55), claims);
    }

    public static string Bearer(string token) => "Bearer " + token;
}
