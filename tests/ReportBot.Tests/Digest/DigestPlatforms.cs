using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Digest;
using ReportBot.Discord.Digest;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest;
using ReportBot.Teams.Connector;
using ReportBot.Teams.Digest;
using ReportBot.Teams.Hosting;
using ReportBot.Teams.Schema;
using ReportBot.Testing;

namespace ReportBot.Tests.Digest;

/// <summary>
/// The real platform senders wired as the host wires them, but pointed at fakes: <see cref="DiscordDigestSender"/>
/// over a real <see cref="DiscordRestClient"/> (rate limits, retries) and <see cref="TeamsDigestSender"/> over a
/// real <see cref="ConnectorClient"/> in local mode (no token).
/// </summary>
public static class DigestPlatforms
{
    /// <summary>A Discord sender whose REST client talks to <paramref name="apiBaseUrl"/> with <see cref="FakeDiscord.BotToken"/>.</summary>
    public static (DiscordDigestSender Sender, ServiceProvider Services) Discord(string apiBaseUrl)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<DiscordOptions>().Configure(o =>
        {
            o.BotToken = FakeDiscord.BotToken;
            o.ApplicationId = FakeDiscord.ApplicationId;
            o.ApiBaseUrl = apiBaseUrl;
            o.UseGateway = false;
        });
        // Short backoff, so a test that meets a 5xx does not sleep for seconds.
        services.AddOptions<DiscordRestClientOptions>().Configure(o => o.RetryDelay = TimeSpan.FromMilliseconds(20));
        services.AddDiscordRestClient();
        var provider = services.BuildServiceProvider();
        return (new DiscordDigestSender(provider.GetRequiredService<IDiscordRestClient>(), provider.GetRequiredService<BotTokenStatus>()), provider);
    }

    /// <summary>A Teams sender in local mode (no app id, so no token), posting to whatever service URL a reference names.</summary>
    public static (TeamsDigestSender Sender, ServiceProvider Services) Teams()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpClient(ConnectorClient.HttpClientName);
        services.AddSingleton<IBotTokenProvider, NoToken>();
        services.AddSingleton(new ReportBot.Core.Net.SecretRedactor([]));
        services.AddSingleton<ConnectorClient>();
        services.AddOptions<TeamsOptions>();
        services.AddSingleton<TeamsDigestSender>();
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<TeamsDigestSender>(), provider);
    }

    /// <summary>The conversation reference the Teams adapter stores for a conversation it has seen.</summary>
    public static string TeamsReference(string serviceUrl, string conversationId) => JsonSerializer.Serialize(new ConversationReference
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "channel", TenantId = "tenant-1" },
        Bot = new ChannelAccount { Id = "28:bot", Name = "ReportBot" },
        TenantId = "tenant-1",
        Locale = "en-US",
    }, TeamsJsonContext.Default.ConversationReference);

    private sealed class NoToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}

/// <summary>Reads the digest tables of a state file directly, as an operator would with the sqlite3 shell.</summary>
public sealed class DeliveryLog(string databasePath)
{
    public IReadOnlyList<(string SubscriptionId, string LocalDate, string State, int Attempts, string Nonce, string? Error)> Rows(string? subscriptionId = null) =>
        Query("SELECT subscription_id, local_date, state, attempts, nonce, error FROM digest_deliveries"
            + (subscriptionId is null ? "" : " WHERE subscription_id = $id") + " ORDER BY subscription_id, local_date",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)),
            subscriptionId);

    public IReadOnlyList<(string Id, string Platform, string ConversationId, string? LastLocalDate, string? PausedReason)> Subscriptions() =>
        Query("SELECT id, platform, conversation_id, last_local_date, paused_reason FROM digest_subscriptions ORDER BY id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));

    public string IntegrityCheck() => string.Join("; ", Query("PRAGMA integrity_check", r => r.GetString(0)));

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, string? id = null)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is not null) command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    private SqliteConnection Open()
    {
        // Unpooled: the test must not keep the file open after it looked.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }
}

/// <summary>
/// A store that "crashes" (throws) on the first <see cref="IDigestStore.MarkSent"/>: the post went out, the log
/// never heard of it, as when the process dies between the two. Everything else goes to the real store.
/// </summary>
public sealed class CrashBeforeMarkSentStore(IDigestStore inner) : IDigestStore
{
    private int _crashes;

    public int Crashes => _crashes;

    public void MarkSent(string subscriptionId, DateOnly localDate, DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _crashes) == 1) throw new SimulatedCrashException();
        inner.MarkSent(subscriptionId, localDate, now);
    }

    public DigestSubscription Subscribe(string platform, string conversationId, DigestTime time, string? userId, DateTimeOffset now) =>
        inner.Subscribe(platform, conversationId, time, userId, now);
    public bool Unsubscribe(string platform, string conversationId) => inner.Unsubscribe(platform, conversationId);
    public DigestSubscription? Find(string platform, string conversationId) => inner.Find(platform, conversationId);
    public DigestSubscription? Get(string subscriptionId) => inner.Get(subscriptionId);
    public IReadOnlyList<DigestSubscription> Active() => inner.Active();
    public void Pause(string subscriptionId, string reason, DateTimeOffset now) => inner.Pause(subscriptionId, reason, now);
    public bool TryRecordIntent(DigestDelivery delivery, DateTimeOffset now) => inner.TryRecordIntent(delivery, now);
    public IReadOnlyList<DigestDelivery> Pending() => inner.Pending();
    public IReadOnlySet<string> PlannedItems(string subscriptionId, int cycle) => inner.PlannedItems(subscriptionId, cycle);
    public void MarkPosting(string subscriptionId, DateOnly localDate) => inner.MarkPosting(subscriptionId, localDate);

    public void MarkNotPosted(string subscriptionId, DateOnly localDate) => inner.MarkNotPosted(subscriptionId, localDate);

    public void MarkFailed(string subscriptionId, DateOnly localDate, string error, bool final, DateTimeOffset now) =>
        inner.MarkFailed(subscriptionId, localDate, error, final, now);
    public int SentCount(string subscriptionId) => inner.SentCount(subscriptionId);
}

public sealed class SimulatedCrashException() : Exception("simulated crash between send and mark-done");

/// <summary>
/// The fake Discord REST API (<see cref="FakeDiscordRest.Map"/>) behind a front door that answers chosen channels
/// with 404 Unknown Channel, as Discord does once a channel is deleted; every other request reaches the fake.
/// </summary>
public sealed class DiscordWithDeletedChannels : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DiscordWithDeletedChannels(WebApplication app, Uri address, FakeDiscordRestState state)
    {
        _app = app;
        State = state;
        ApiBaseUrl = FakeDiscordRest.ApiBaseUrlOf(address);
    }

    public FakeDiscordRestState State { get; }

    public string ApiBaseUrl { get; }

    /// <summary>Channels that answer 404 (code 10003).</summary>
    public ConcurrentDictionary<string, bool> Deleted { get; } = new();

    /// <summary>Requests the front door answered with 404, by channel.</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    public static async Task<DiscordWithDeletedChannels> StartAsync()
    {
        var state = new FakeDiscordRestState { BotToken = FakeDiscord.BotToken, ApplicationId = FakeDiscord.ApplicationId };
        DiscordWithDeletedChannels? self = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                var parts = context.Request.Path.Value?.Split('/') ?? [];
                // /api/v10/channels/{id}/messages
                if (parts is [_, "api", "v10", "channels", var channel, "messages"] && self!.Deleted.ContainsKey(channel))
                {
                    self.Refused.Enqueue(channel);
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    await context.Response.WriteAsJsonAsync(new { message = "Unknown Channel", code = 10003 });
                    return;
                }
                await next(context);
            });
            FakeDiscordRest.Map(app, state);
        });
        self = new DiscordWithDeletedChannels(app, address, state);
        return self;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

/// <summary>
/// A Bot Connector that takes its time: every activity counts as posted the moment it arrives, and the answer
/// follows after <see cref="Delay"/>, so a process killed in between has posted without hearing back.
/// </summary>
public sealed class SlowBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ChangeSignal _arrived = new();
    private int _total;

    private SlowBotConnector(WebApplication app, Uri address, TimeSpan delay)
    {
        _app = app;
        ServiceUrl = address.ToString();
        Delay = delay;
    }

    public string ServiceUrl { get; }

    public TimeSpan Delay { get; }

    /// <summary>Activities received per conversation id.</summary>
    public ConcurrentDictionary<string, int> Posts { get; } = new();

    public int Total => Volatile.Read(ref _total);

    /// <summary>Completes once <paramref name="count"/> activities have arrived, woken by each; fails after <paramref name="timeout"/>.</summary>
    public Task WaitForTotalAsync(int count, TimeSpan timeout) =>
        _arrived.WaitUntilAsync(() => Total >= count, timeout, () => $"only {Total} of {count} activities arrived at the slow connector");

    public static async Task<SlowBotConnector> StartAsync(TimeSpan delay)
    {
        SlowBotConnector? self = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpContext context, string conversationId) =>
            {
                using var body = await JsonDocument.ParseAsync(context.Request.Body);
                self!.Posts.AddOrUpdate(Uri.UnescapeDataString(conversationId), 1, (_, n) => n + 1);
                Interlocked.Increment(ref self._total);
                self._arrived.Pulse();
                try
                {
                    await Task.Delay(self.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                await context.Response.WriteAsJsonAsync(new { id = "activity-" + self.Total });
            }));
        self = new SlowBotConnector(app, address, delay);
        return self;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
