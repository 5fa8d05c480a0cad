using Microsoft.IdentityModel.Tokens;
using ReportBot.Teams.Authentication;
using ReportBot.Teams.Tests.Support;
using static ReportBot.Teams.Tests.Support.BotAuthTestKit;
using ReportBot.Testing;

namespace ReportBot.Teams.Tests.Authentication;

/// <summary>Bot Connector (channel) tokens against a real loopback metadata endpoint: one valid case, then one failure per check.</summary>
public sealed class ChannelTokenTests(ChannelKeysFixture keys) : IClassFixture<ChannelKeysFixture>
{
    [Fact]
    public async Task Valid_token_is_accepted_with_the_service_url_it_vouches_for()
    {
        var result = await AuthenticateAsync(ChannelToken(keys.KeyA));

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(ServiceUrl, result.VerifiedServiceUrl);
        Assert.False(result.Anonymous);
        Assert.Null(result.Failure);
    }

    [Fact]
    public async Task Expired_token_is_rejected()
    {
        var token = ChannelToken(keys.KeyA, notBefore: Now.AddHours(-2), expires: Now.AddHours(-1));

        AssertRejected(await AuthenticateAsync(token), token, 401, "expired");
    }

    [Fact]
    public async Task Token_not_yet_valid_is_rejected()
    {
        var token = ChannelToken(keys.KeyA, notBefore: Now.AddMinutes(10), expires: Now.AddHours(1));

        AssertRejected(await AuthenticateAsync(token), token, 401, "not valid yet");
    }

    [Fact]
    public async Task Token_for_another_audience_is_rejected()
    {
        var token = ChannelToken(keys.KeyA, audience: "some-other-bot");

        AssertRejected(await AuthenticateAsync(token), token, 401, "audience");
    }

    [Fact]
    public async Task Token_from_another_issuer_is_rejected()
    {
        var token = ChannelToken(keys.KeyA, issuer: "https://evil.example.com");

        AssertRejected(await AuthenticateAsync(token), token, 401, "issuer");
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_channel_is_forbidden()
    {
        var token = ChannelToken(keys.KeyB);

        AssertRejected(await AuthenticateAsync(token, channelId: "msteams"), token, 403, "endorsed");
    }

    [Fact]
    public async Task Key_endorsed_for_the_channel_passes_and_a_missing_channel_id_cannot_be_checked_so_fails()
    {
        var auth = Authenticator(keys.Server.MetadataUrl);

        var skype = await auth.AuthenticateAsync(Bearer(ChannelToken(keys.KeyB)), "skype", ServiceUrl, false, default);
        var noChannel = await auth.AuthenticateAsync(Bearer(ChannelToken(keys.KeyB)), null, ServiceUrl, false, default);

        Assert.True(skype.Succeeded, skype.Failure);
        Assert.False(noChannel.Succeeded);
        Assert.Equal(401, noChannel.StatusCode);
    }

    [Fact]
    public async Task Service_url_claim_that_differs_from_the_activity_is_rejected()
    {
        var token = ChannelToken(keys.KeyA, serviceUrl: "https://attacker.example.com/");

        AssertRejected(await AuthenticateAsync(token), token, 401, "serviceurl");
    }

    [Fact]
    public async Task Missing_service_url_claim_is_rejected_when_the_activity_has_one()
    {
        var token = ChannelToken(keys.KeyA, serviceUrl: null);

        AssertRejected(await AuthenticateAsync(token), token, 401, "serviceurl");
    }

    [Fact]
    public async Task Service_url_claim_that_differs_only_in_case_is_rejected()
    {
        // The JavaScript SDK compares with !==; a path that differs in case can name another endpoint.
        var token = ChannelToken(keys.KeyA, serviceUrl: ServiceUrl.ToUpperInvariant());

        AssertRejected(await AuthenticateAsync(token), token, 401, "serviceurl");
    }

    [Fact]
    public async Task Alg_none_token_is_rejected()
    {
        var token = TestTokens.Unsigned(
            new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keys.KeyA.KeyId },
            new Dictionary<string, object>
            {
                ["iss"] = ChannelIssuer,
                ["aud"] = AppId,
                ["serviceurl"] = ServiceUrl,
                ["nbf"] = Now.AddMinutes(-5).ToUnixTimeSeconds(),
                ["exp"] = Now.AddMinutes(55).ToUnixTimeSeconds(),
            });

        AssertRejected(await AuthenticateAsync(token), token, 401, "algorithm");
    }

    [Fact]
    public async Task Hmac_signed_token_is_rejected()
    {
        // An HS256 token keyed with something public (here random bytes) must not be accepted even if the kid matches a real key.
        var secret = new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) { KeyId = keys.KeyA.KeyId };
        var token = TestTokens.Mint(
            new SigningCredentials(secret, SecurityAlgorithms.HmacSha256), ChannelIssuer, AppId, Now.AddMinutes(-5), Now.AddMinutes(55),
            new Dictionary<string, object> { ["serviceurl"] = ServiceUrl });

        AssertRejected(await AuthenticateAsync(token), token, 401, "algorithm");
    }

    [Fact]
    public async Task Token_with_tampered_signature_is_rejected()
    {
        var token = TestTokens.TamperSignature(ChannelToken(keys.KeyA));

        AssertRejected(await AuthenticateAsync(token), token, 401, "signature");
    }

    [Fact]
    public async Task Token_with_tampered_payload_is_rejected()
    {
        // Header and signature of a token for another bot around a payload naming ours.
        var original = ChannelToken(keys.KeyA, audience: "some-other-bot");
        var token = TestTokens.SwapPayload(original, ChannelToken(keys.KeyA));

        AssertRejected(await AuthenticateAsync(token), token, 401, "signature");
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_is_rejected()
    {
        var token = ChannelToken(keys.UnpublishedKey);

        AssertRejected(await AuthenticateAsync(token), token, 401, "signing key not found");
    }

    [Fact]
    public async Task Token_signed_with_RS512_by_a_published_key_is_accepted()
    {
        var token = TestTokens.Mint(
            keys.KeyA.Credentials(SecurityAlgorithms.RsaSha512), ChannelIssuer, AppId, Now.AddMinutes(-5), Now.AddMinutes(55),
            new Dictionary<string, object> { ["serviceurl"] = ServiceUrl });

        var result = await AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Token_expired_two_minutes_ago_passes_within_the_five_minute_skew()
    {
        var result = await AuthenticateAsync(ChannelToken(keys.KeyA, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-2)));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Token_expired_ten_minutes_ago_fails_beyond_the_skew()
    {
        var token = ChannelToken(keys.KeyA, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-10));

        AssertRejected(await AuthenticateAsync(token), token, 401, "expired");
    }

    [Fact]
    public async Task Token_starting_two_minutes_from_now_passes_within_the_skew()
    {
        var result = await AuthenticateAsync(ChannelToken(keys.KeyA, notBefore: Now.AddMinutes(2), expires: Now.AddHours(1)));

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task Lifetime_follows_the_injected_clock()
    {
        var clock = Clock();
        var auth = Authenticator(keys.Server.MetadataUrl, time: clock);
        var token = Bearer(ChannelToken(keys.KeyA, expires: Now.AddMinutes(30)));

        var before = await auth.AuthenticateAsync(token, "msteams", ServiceUrl, false, default);
        clock.Advance(TimeSpan.FromMinutes(36));
        var after = await auth.AuthenticateAsync(token, "msteams", ServiceUrl, false, default);

        Assert.True(before.Succeeded, before.Failure);
        Assert.False(after.Succeeded);
        Assert.Contains("expired", after.Failure);
    }

    private Task<AuthenticationResult> AuthenticateAsync(string token, string? channelId = "msteams") =>
        Authenticator(keys.Server.MetadataUrl).AuthenticateAsync(Bearer(token), channelId, ServiceUrl, fromLoopback: false, default);

    internal static void AssertRejected(AuthenticationResult result, string token, int status, string failureFragment)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.Null(result.VerifiedServiceUrl);
        Assert.False(result.Anonymous);
        Assert.NotNull(result.Failure);
        Assert.Contains(failureFragment, result.Failure, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(token, result.Failure, StringComparison.Ordinal);
        foreach (var part in token.Split('.').Where(p => p.Length > 8))
        {
            Assert.DoesNotContain(part, result.Failure, StringComparison.Ordinal);
        }
    }
}
