using Microsoft.Extensions.Options;
using ReportBot.Discord.Gateway;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Schema;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>A <see cref="DiscordGatewayClient"/> running against a <see cref="FakeDiscordGateway"/>, with recorded events and logs.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(FakeDiscordGateway fake, DiscordGatewayClient client, RecordingGatewayHandler handler,
        ListLogger<DiscordGatewayClient> logger, StubDiscordRestClient rest, string botToken)
    {
        Fake = fake;
        Client = client;
        Handler = handler;
        Logger = logger;
        Rest = rest;
        BotToken = botToken;
        Run = Task.Run(() => client.RunAsync(_stop.Token));
    }

    public FakeDiscordGateway Fake { get; }
    public DiscordGatewayClient Client { get; }
    public RecordingGatewayHandler Handler { get; }
    public ListLogger<DiscordGatewayClient> Logger { get; }
    public StubDiscordRestClient Rest { get; }
    public string BotToken { get; }

    /// <summary>The client's <see cref="DiscordGatewayClient.RunAsync"/>.</summary>
    public Task Run { get; }

    /// <summary>Real-time settings with short waits: backoff 20 ms doubling to 200 ms, no jitter (heartbeats start at once).</summary>
    public static GatewayClientSettings FastSettings(int maxHandlers = 16) => new()
    {
        Backoff = new GatewayBackoff(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200), 0),
        InvalidSessionWaitMin = TimeSpan.FromMilliseconds(10),
        InvalidSessionWaitMax = TimeSpan.FromMilliseconds(30),
        CloseTimeout = TimeSpan.FromSeconds(2),
        MaxHandlersInFlight = maxHandlers,
        Random = () => 0,
    };

    /// <summary>Production timings (backoff 1 s, 2 s …; invalid-session wait 1–5 s) with a fixed random number, for a fake clock.</summary>
    public static GatewayClientSettings ClockSettings(double jitter) => new() { Random = () => jitter };

    public static async Task<GatewayHarness> StartAsync(
        GatewayClientSettings? settings = null, TimeProvider? time = null, Action<FakeDiscordGateway>? configure = null,
        string? botToken = null, bool gatewayUrlFromRest = false, string? gatewayUrl = null)
    {
        var fake = await FakeDiscordGateway.StartAsync();
        configure?.Invoke(fake);
        string token = botToken ?? fake.BotToken;
        var options = new DiscordOptions { BotToken = token, GatewayUrl = gatewayUrlFromRest ? null : gatewayUrl ?? fake.GatewayUrl };
        var rest = new StubDiscordRestClient(fake.GatewayUrl);
        var handler = new RecordingGatewayHandler();
        var logger = new ListLogger<DiscordGatewayClient>();
        var client = new DiscordGatewayClient(Options.Create(options), rest, handler, time ?? TimeProvider.System, logger, settings ?? FastSettings());
        return new GatewayHarness(fake, client, handler, logger, rest, token);
    }

    /// <summary>Waits for the first connection's READY to reach the handler and the status to say connected.</summary>
    public async Task<FakeDiscordGatewayConnection> ReadyAsync()
    {
        var connection = await Fake.WaitForConnectionAsync(1);
        await Eventually.WaitAsync(() => !Handler.Ready.IsEmpty && Client.Status.State == GatewayState.Connected, "READY");
        return connection;
    }

    public Task<GatewayStatus> WaitForStatusAsync(Func<GatewayStatus, bool> match, string what) =>
        Eventually.WaitAsync(() => match(Client.Status) ? Client.Status : null, $"status {what} (last: {Client.Status})");

    public Task<DiscordMessage> WaitForMessageAsync(string content) =>
        Eventually.WaitAsync(() => Handler.Messages.FirstOrDefault(m => m.Content == content), $"message '{content}' at the handler");

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        bool stopped = await Task.WhenAny(Run, Task.Delay(TimeSpan.FromSeconds(5))) == Run;
        await Fake.DisposeAsync();
        Assert.True(stopped, "the gateway client did not stop within 5 s of cancellation");
        await Run;
        Logger.AssertNeverLogged(BotToken);
        _stop.Dispose();
    }
}
