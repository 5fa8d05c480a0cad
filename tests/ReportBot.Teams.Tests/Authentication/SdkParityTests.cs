using System.Globalization;
using System.Text.Json.Nodes;
using ReportBot.Teams.Tests.Support;
using ReportBot.Testing;
using static ReportBot.Teams.Tests.Support.BotAuthTestKit;

namespace ReportBot.Teams.Tests.Authentication;

/// <summary>
/// Ours beside the Bot Framework SDK's verdict for the inputs where a token check is easily looser than the SDK's.
/// The SDK column is botframework-connector 4.23 (JavaScript) on jsonwebtoken 9, read from its source; a row may be
/// stricter than the SDK (and says why), never looser. Every row goes through <see cref="Authentication.BotFrameworkAuthenticator"/>.
/// </summary>
public sealed class SdkParityTests : IAsyncLifetime
{
    private const string EmulatorServiceUrl = "http://localhost:54321";

    private readonly TestSigningKey _endorsed = new("parity-endorsed", "msteams", "emulator");
    private readonly TestSigningKey _unendorsed = new("parity-unendorsed");
    private readonly TestSigningKey _aad = new("parity-aad");
    private FakeOpenIdServer _channel = null!;
    private FakeOpenIdServer _emulator = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeOpenIdServer.StartAsync(ChannelIssuer, _endorsed, _unendorsed);
        _emulator = await FakeOpenIdServer.StartAsync("https://login.microsoftonline.com/{tenantid}/v2.0", _aad);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Theory]
    [InlineData("channel token as Teams sends it", Verdict.Accept, Verdict.Accept)]
    [InlineData("aud with a trailing slash", Verdict.Reject, Verdict.Reject)]
    [InlineData("aud array naming another app and ours", Verdict.Reject, Verdict.Reject)]
    [InlineData("aud array naming only ours", Verdict.Reject, Verdict.Reject)]
    [InlineData("aud in the api:// form", Verdict.Reject, Verdict.Reject)]
    [InlineData("aud differing in case", Verdict.Reject, Verdict.Reject)]
    // Stricter: JSON.parse keeps the last of two "aud" members; we refuse a payload that says one claim twice rather
    // than depend on which copy each reader sees.
    [InlineData("aud given twice, ours last", Verdict.Accept, Verdict.Reject)]
    [InlineData("exp as a numeric string", Verdict.Reject, Verdict.Reject)]
    [InlineData("nbf as a numeric string", Verdict.Reject, Verdict.Reject)]
    [InlineData("exp null", Verdict.Reject, Verdict.Reject)]
    // Stricter: jsonwebtoken checks exp only when it is there; a token that never expires is refused here.
    [InlineData("no exp", Verdict.Accept, Verdict.Reject)]
    [InlineData("serviceurl differing from the activity's only in case", Verdict.Reject, Verdict.Reject)]
    [InlineData("serviceurl as a one-element array", Verdict.Reject, Verdict.Reject)]
    [InlineData("no serviceurl claim", Verdict.Reject, Verdict.Reject)]
    // Stricter: the SDK skips the endorsement check for a key with no endorsements; such a key vouches for no channel here (403).
    [InlineData("key published without endorsements", Verdict.Accept, Verdict.Reject)]
    // Same verdict, other status: the SDK answers 401, we keep 403 for a valid token from the wrong channel.
    [InlineData("key endorsed for other channels", Verdict.Reject, Verdict.Reject)]
    [InlineData("lower-case bearer scheme", Verdict.Reject, Verdict.Reject)]
    [InlineData("upper-case BEARER scheme", Verdict.Reject, Verdict.Reject)]
    [InlineData("two spaces after Bearer", Verdict.Reject, Verdict.Reject)]
    [InlineData("space before Bearer", Verdict.Reject, Verdict.Reject)]
    [InlineData("space after the token", Verdict.Reject, Verdict.Reject)]
    [InlineData("tab after Bearer", Verdict.Reject, Verdict.Reject)]
    [InlineData("emulator token replying to loopback", Verdict.Accept, Verdict.Accept)]
    // Stricter: the SDK never looks at the service URL of an Emulator token; nothing in it vouches for one, so only loopback.
    [InlineData("emulator token replying to a public service url", Verdict.Accept, Verdict.Reject)]
    // Stricter: the SDK's Emulator path checks appid/azp but not aud; we also want aud to be exactly our app id.
    [InlineData("emulator token with aud trailing slash", Verdict.Accept, Verdict.Reject)]
    [InlineData("emulator token with aud array", Verdict.Accept, Verdict.Reject)]
    [InlineData("emulator token with exp as a numeric string", Verdict.Reject, Verdict.Reject)]
    public async Task Our_verdict_is_the_sdks_or_stricter(string @case, Verdict sdk, Verdict ours)
    {
        Assert.False(sdk == Verdict.Reject && ours == Verdict.Accept, "a row may be stricter than the SDK, never looser");
        var request = Build(@case);

        var result = await Authenticator(_channel.MetadataUrl, _emulator.MetadataUrl)
            .AuthenticateAsync(request.Header, request.ChannelId, request.ServiceUrl, fromLoopback: false, default);

        if (ours == Verdict.Accept)
        {
            Assert.True(result.Succeeded, result.Failure);
            Assert.Equal(request.ServiceUrl, result.VerifiedServiceUrl);
        }
        else
        {
            ChannelTokenTests.AssertRejected(result, request.Token, request.Status, request.Why);
        }
    }

    private ParityRequest Build(string @case) => @case switch
    {
        "channel token as Teams sends it" => Channel(ChannelPayload(), "-"),
        "aud with a trailing slash" => Channel(ChannelPayload().With("aud", AppId + "/"), "audience"),
        "aud array naming another app and ours" => Channel(ChannelPayload().With("aud", new JsonArray("other-bot", AppId)), "audience"),
        "aud array naming only ours" => Channel(ChannelPayload().With("aud", new JsonArray(AppId)), "audience"),
        "aud in the api:// form" => Channel(ChannelPayload().With("aud", "api://" + AppId), "audience"),
        "aud differing in case" => Channel(ChannelPayload().With("aud", AppId.ToUpperInvariant()), "audience"),
        "aud given twice, ours last" => Signed(_endorsed, "{\"aud\":\"other-bot\"," + ChannelPayload().ToJsonString()[1..], "msteams",
            ServiceUrl, "twice"),
        "exp as a numeric string" => Channel(ChannelPayload().With("exp", Now.AddMinutes(55).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)), "exp"),
        "nbf as a numeric string" => Channel(ChannelPayload().With("nbf", Now.AddMinutes(-5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)), "nbf"),
        "exp null" => Channel(ChannelPayload().With("exp", null), "exp"),
        "no exp" => Channel(ChannelPayload().Without("exp"), "expiry"),
        "serviceurl differing from the activity's only in case" => Channel(
            ChannelPayload().With("serviceurl", ServiceUrl.ToUpperInvariant()), "serviceurl"),
        "serviceurl as a one-element array" => Channel(ChannelPayload().With("serviceurl", new JsonArray(ServiceUrl)), "serviceurl"),
        "no serviceurl claim" => Channel(ChannelPayload().Without("serviceurl"), "serviceurl"),
        "key published without endorsements" => Signed(_unendorsed, ChannelPayload().ToJsonString(), "msteams", ServiceUrl, "endorsed", 403),
        "key endorsed for other channels" => Signed(_endorsed, ChannelPayload().ToJsonString(), "webchat", ServiceUrl, "endorsed", 403),
        "lower-case bearer scheme" => Header(token => "bearer " + token),
        "upper-case BEARER scheme" => Header(token => "BEARER " + token),
        "two spaces after Bearer" => Header(token => "Bearer  " + token),
        "space before Bearer" => Header(token => " Bearer " + token),
        "space after the token" => Header(token => "Bearer " + token + " "),
        "tab after Bearer" => Header(token => "Bearer\t" + token),
        "emulator token replying to loopback" => Emulator(EmulatorPayload(), EmulatorServiceUrl, "-"),
        "emulator token replying to a public service url" => Emulator(EmulatorPayload(), ServiceUrl, "this machine"),
        "emulator token with aud trailing slash" => Emulator(EmulatorPayload().With("aud", AppId + "/"), EmulatorServiceUrl, "audience"),
        "emulator token with aud array" => Emulator(
            EmulatorPayload().With("aud", new JsonArray("other-bot", AppId)), EmulatorServiceUrl, "audience"),
        "emulator token with exp as a numeric string" => Emulator(
            EmulatorPayload().With("exp", Now.AddMinutes(55).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)), EmulatorServiceUrl, "exp"),
        _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "no such row"),
    };

    private ParityRequest Channel(JsonObject payload, string why) => Signed(_endorsed, payload.ToJsonString(), "msteams", ServiceUrl, why);

    private ParityRequest Emulator(JsonObject payload, string serviceUrl, string why) =>
        Signed(_aad, payload.ToJsonString(), "emulator", serviceUrl, why);

    private ParityRequest Header(Func<string, string> header)
    {
        var token = TestTokens.SignRaw(_endorsed.Credentials(), ChannelPayload().ToJsonString());
        return new ParityRequest(header(token), token, "msteams", ServiceUrl, 401, "Bearer");
    }

    private static ParityRequest Signed(TestSigningKey key, string payloadJson, string channelId, string serviceUrl, string why, int status = 401)
    {
        var token = TestTokens.SignRaw(key.Credentials(), payloadJson);
        return new ParityRequest(Bearer(token), token, channelId, serviceUrl, status, why);
    }

    private static JsonObject ChannelPayload() => new()
    {
        ["iss"] = ChannelIssuer,
        ["aud"] = AppId,
        ["serviceurl"] = ServiceUrl,
        ["nbf"] = Now.AddMinutes(-5).ToUnixTimeSeconds(),
        ["exp"] = Now.AddMinutes(55).ToUnixTimeSeconds(),
    };

    private static JsonObject EmulatorPayload() => new()
    {
        ["iss"] = EmulatorIssuerV2,
        ["aud"] = AppId,
        ["ver"] = "2.0",
        ["azp"] = AppId,
        ["nbf"] = Now.AddMinutes(-5).ToUnixTimeSeconds(),
        ["exp"] = Now.AddMinutes(55).ToUnixTimeSeconds(),
    };

    /// <param name="Why">A fragment our failure text must contain when the row is rejected.</param>
    private sealed record ParityRequest(string Header, string Token, string ChannelId, string ServiceUrl, int Status, string Why);
}
