namespace ReportBot.Testing;

/// <summary>
/// A whole fake Discord on one loopback port: the REST API under <c>/api/v10</c> and the WebSocket gateway, with
/// <c>GET /gateway/bot</c> pointing at it, both knowing the same bot token.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string BotToken = "fake-bot-token.for-tests-only";
    public const string ApplicationId = "1184517000000000001";

    private readonly Microsoft.AspNetCore.Builder.WebApplication _app;

    private FakeDiscord(Microsoft.AspNetCore.Builder.WebApplication app, FakeDiscordRestState rest, FakeDiscordGateway gateway, Uri address)
    {
        _app = app;
        Rest = rest;
        Gateway = gateway;
        ApiBaseUrl = FakeDiscordRest.ApiBaseUrlOf(address);
    }

    public FakeDiscordRestState Rest { get; }

    public FakeDiscordGateway Gateway { get; }

    public string ApiBaseUrl { get; }

    /// <summary>The bot's settings for talking to this fake.</summary>
    public IDictionary<string, string?> Settings(bool gateway = true) => new Dictionary<string, string?>
    {
        ["Discord:BotToken"] = BotToken,
        ["Discord:ApplicationId"] = ApplicationId,
        ["Discord:ApiBaseUrl"] = ApiBaseUrl,
        ["Discord:UseGateway"] = gateway ? "true" : "false",
    };

    public static async Task<FakeDiscord> StartAsync()
    {
        var rest = new FakeDiscordRestState { BotToken = BotToken, ApplicationId = ApplicationId };
        FakeDiscordGateway? gateway = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            gateway = FakeDiscordGateway.Map(app);
            FakeDiscordRest.Map(app, rest);
        });
        gateway!.BotToken = BotToken;
        gateway.BotUserId = rest.BotUserId;
        rest.GatewayUrl = gateway.GatewayUrl;
        return new FakeDiscord(app, rest, gateway, address);
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _app.DisposeAsync();
    }
}
