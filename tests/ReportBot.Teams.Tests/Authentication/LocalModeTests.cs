using ReportBot.Teams.Authentication;
using static ReportBot.Teams.Tests.Support.BotAuthTestKit;

namespace ReportBot.Teams.Tests.Authentication;

/// <summary>No app id configured: only unauthenticated requests from this machine get in.</summary>
public sealed class LocalModeTests
{
    // Nothing listens here: local mode must not fetch metadata at all.
    private const string UnreachableMetadata = "http://127.0.0.1:9/.well-known/openidconfiguration";
    private const string EmulatorServiceUrl = "http://localhost:54321";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Loopback_request_without_header_is_accepted_as_anonymous(string? appId)
    {
        var result = await Local(appId).AuthenticateAsync(null, "emulator", EmulatorServiceUrl, fromLoopback: true, default);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(200, result.StatusCode);
        Assert.True(result.Anonymous);
        Assert.Equal(EmulatorServiceUrl, result.VerifiedServiceUrl);
    }

    [Fact]
    public async Task Request_from_elsewhere_without_header_is_rejected()
    {
        var result = await Local().AuthenticateAsync(null, "emulator", EmulatorServiceUrl, fromLoopback: false, default);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.False(result.Anonymous);
        Assert.Contains("loopback", result.Failure);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Request_with_a_header_is_rejected_because_there_is_no_audience(bool fromLoopback)
    {
        var result = await Local().AuthenticateAsync("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "emulator", EmulatorServiceUrl, fromLoopback, default);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.False(result.Anonymous);
        Assert.Contains("no app id", result.Failure);
    }

    [Fact]
    public async Task Configured_app_id_never_allows_anonymous_loopback_requests()
    {
        var auth = Authenticator(UnreachableMetadata);

        var result = await auth.AuthenticateAsync(null, "emulator", EmulatorServiceUrl, fromLoopback: true, default);

        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
        Assert.False(result.Anonymous);
    }

    private static BotFrameworkAuthenticator Local(string? appId = null) => Authenticator(UnreachableMetadata, appId: appId);
}
