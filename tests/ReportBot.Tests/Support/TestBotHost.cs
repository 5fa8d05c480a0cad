using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Hosting;
using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>
/// The real bot host on a free loopback port, against the repository's corpus and a fresh data folder, with
/// extra settings layered on top (e.g. credentials and fake endpoints).
/// </summary>
public sealed class TestBotHost : IAsyncDisposable
{
    private readonly TempFolder _data = new();

    private TestBotHost(WebApplication app, Uri address, TempFolder data)
    {
        App = app;
        Address = address;
        _data = data;
        Client = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }
    public Uri Address { get; }
    public HttpClient Client { get; }
    public string DataPath => _data.Path;

    public static async Task<TestBotHost> StartAsync(IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var data = new TempFolder();
        var overrides = new Dictionary<string, string?>
        {
            ["Corpus:Path"] = RepositoryPaths.Corpus,
            ["Data:Path"] = data.Path,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        // Hosts share one loaded model (and the vectors it already made) unless a test sets Answers:Semantic itself.
        bool sharedModel = !overrides.ContainsKey("Answers:Semantic");
        var app = BotHost.Build(new HostSettings("http://127.0.0.1:0", overrides), builder =>
        {
            if (sharedModel) builder.Services.AddSingleton(ReportBot.Configuration.SemanticModel.Using(SharedSemanticModel.Embedder));
            configure?.Invoke(builder);
        });
        BotHost.Prepare(app);
        await app.StartAsync();
        return new TestBotHost(app, LoopbackServer.AddressOf(app), data);
    }

    /// <summary>
    /// Waits until the host's Discord gateway client is connected: READY (or RESUMED) has been handled, so the bot
    /// knows its own user id. Woken by each change of the client's status; 30 s is a safety net.
    /// </summary>
    public async Task WaitForDiscordGatewayAsync()
    {
        var client = App.Services.GetRequiredService<ReportBot.Discord.Gateway.DiscordGatewayClient>();
        var changed = new ChangeSignal();
        void OnChange(ReportBot.Discord.Gateway.GatewayStatus status) => changed.Pulse();
        client.StatusChanged += OnChange;
        try
        {
            await changed.WaitUntilAsync(() => client.Status.IsConnected, TimeSpan.FromSeconds(30),
                () => $"the Discord gateway never connected (last: {client.Status})");
        }
        finally
        {
            client.StatusChanged -= OnChange;
        }
    }

    /// <summary>Writes what the host has queued for the state file now, so a test can read the file.</summary>
    public void FlushStateWrites() => App.Services.GetRequiredService<ReportBot.State.StateWriteQueue>().Flush();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
