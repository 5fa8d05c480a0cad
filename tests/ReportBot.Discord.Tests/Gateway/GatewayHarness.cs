using Microsoft.Extensions.Options;
using ReportBot.Discord.Gateway;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Schema;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>
/// A <see cref="DiscordGatewayClient"/> running against a <see cref="FakeDiscordGateway"/>, with recorded events and
/// logs. Waits on the client's side look again whenever the handler records an event, the logger an entry, or the
/// client's status changes, and fail after <see cref="Timeout"/> only as a safety net.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly ChangeSignal _changes;

    private GatewayHarness(FakeDiscordGateway fake, DiscordGatewayClient client, RecordingGatewayHandler handler,
        ListLogger<DiscordGatewayClient> logger, StubDiscordRestClient rest, string botToken, ChangeSignal changes)
    {
        Fake = fake;
        Client = client;
        Handler = handler;
        Logger = logger;
        Rest = rest;
        BotToken = botToken;
        _changes = changes;
        client.StatusChanged += _ => changes.Pulse();
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
        var changes = new ChangeSignal();
        var handler = new RecordingGatewayHandler { Changes = changes };
        var logger = new ListLogger<DiscordGatewayClient> { Changes = changes };
        var client = new DiscordGatewayClient(Options.Create(options), rest, handler, time ?? TimeProvider.System, logger, settings ?? FastSettings());
        return new GatewayHarness(fake, client, handler, logger, rest, token, changes);
    }

    /// <summary>Waits for the first connection's READY to reach the handler and the status to say connected.</summary>
    public async Task<FakeDiscordGatewayConnection> ReadyAsync()
    {
        var connection = await Fake.WaitForConnectionAsync(1);
        await WaitUntilAsync(() => !Handler.Ready.IsEmpty && Client.Status.State == GatewayState.Connected, "READY");
        return connection;
    }

    public Task<GatewayStatus> WaitForStatusAsync(Func<GatewayStatus, bool> match, string what) =>
        WaitForAsync(() => Client.Status is var status && match(status) ? status : null, () => $"status {what} (last: {Client.Status})");

    public Task<DiscordMessage> WaitForMessageAsync(string content) =>
        WaitForAsync(() => Handler.Messages.FirstOrDefault(m => m.Content == content), () => $"message '{content}' at the handler");

    /// <summary>What <paramref name="probe"/> finds in the handler, the log or the status, as soon as it is there.</summary>
    public Task<T> WaitForAsync<T>(Func<T?> probe, string what) where T : class => WaitForAsync(probe, () => what);

    public Task WaitUntilAsync(Func<bool> condition, string what) =>
        _changes.WaitUntilAsync(condition, Timeout, () => $"timed out waiting for {what}");

    private Task<T> WaitForAsync<T>(Func<T?> probe, Func<string> what) where T : class =>
        _changes.WaitAsync(probe, Timeout, () => $"timed out waiting for {what()}");

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        bool stopped = true;
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException) when (!Run.IsCompleted)
        {
            stopped = false;
        }
        catch (Exception) when (Run.IsCompleted)
        {
            // Run's own failure is rethrown below, once the fake is down.
        }
        await Fake.DisposeAsync();
        Assert.True(stopped, "the gateway client did not stop within 5 s of cancellation");
        await Run;
        Logger.AssertNeverLogged(BotToken);
        _stop.Dispose();
    }
}
