using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Rest;

/// <summary>
/// A <see cref="DiscordRestClient"/> wired the way the host wires it (<see cref="DiscordRestServiceCollectionExtensions.AddDiscordRestClient"/>)
/// and pointed at a <see cref="FakeDiscordRest"/>, with every log line kept so tests can check that no token leaks.
/// </summary>
internal sealed class RestHarness : IAsyncDisposable
{
    public const string BotToken = "bot-token-SECRET.abc";
    public const string ApplicationId = "900000000000000001";

    private readonly ServiceProvider _services;

    private RestHarness(FakeDiscordRest fake, ServiceProvider services, ConcurrentQueue<string> logs)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
        Client = services.GetRequiredService<DiscordRestClient>();
    }

    public FakeDiscordRest Fake { get; }

    public FakeDiscordRestState State => Fake.State;

    public DiscordRestClient Client { get; }

    public ConcurrentQueue<string> Logs { get; }

    /// <summary>Starts the fake and the client; both use <paramref name="time"/> (real time when null).</summary>
    public static async Task<RestHarness> StartAsync(Action<DiscordRestClientOptions>? configure = null, TimeProvider? time = null)
    {
        var fake = await FakeDiscordRest.StartAsync(new FakeDiscordRestState(time) { BotToken = BotToken, ApplicationId = ApplicationId });
        var logs = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(logs)));
        if (time is not null) services.AddSingleton(time);
        services.Configure<DiscordOptions>(o =>
        {
            o.ApiBaseUrl = fake.ApiBaseUrl;
            o.BotToken = BotToken;
            o.ApplicationId = ApplicationId;
        });
        services.AddDiscordRestClient();
        services.Configure<DiscordRestClientOptions>(o =>
        {
            o.RetryDelay = TimeSpan.FromMilliseconds(20);
            configure?.Invoke(o);
        });
        return new RestHarness(fake, services.BuildServiceProvider(), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
