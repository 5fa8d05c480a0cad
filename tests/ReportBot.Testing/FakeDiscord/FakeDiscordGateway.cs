using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Testing;

/// <summary>
/// A Discord gateway on loopback (API v10, JSON): HELLO, heartbeat ACKs, IDENTIFY checked (token, intents) and answered
/// with READY, RESUME answered with the missed dispatches and RESUMED. Tests script it through <see cref="Current"/>
/// (or a given connection) and read what the client sent from <see cref="Connections"/>. Runs alone
/// (<see cref="StartAsync"/>) or inside another fake's app (<see cref="Map"/>); READY's resume_gateway_url points back
/// at whichever host the client used.
/// </summary>
public sealed class FakeDiscordGateway : IAsyncDisposable
{
    public const string DefaultBotToken = "fake-bot-token";

    internal static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private bool _ownsApp;
    private readonly List<FakeDiscordGatewayConnection> _connections = [];
    private readonly ConcurrentDictionary<string, FakeDiscordGatewaySession> _sessions = new();
    private readonly ChangeSignal _changed = new();
    private int _sessionCount;

    private FakeDiscordGateway(WebApplication app, string path)
    {
        _app = app;
        Path = path;
        ResumePath = path + "-resume";
    }

    /// <summary>The token IDENTIFY and RESUME must carry (else close 4004).</summary>
    public string BotToken { get; set; } = DefaultBotToken;

    /// <summary>The heartbeat_interval sent in HELLO on new connections.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>Whether new connections ACK heartbeats (see <see cref="FakeDiscordGatewayConnection.AckHeartbeats"/>).</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Accept GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT (else close 4014, as for an app without them enabled).</summary>
    public bool AllowPrivilegedIntents { get; set; }

    public string BotUserId { get; set; } = "1184517388310818816";

    public string BotUsername { get; set; } = "reportbot";

    public string Path { get; }

    /// <summary>The path READY's resume_gateway_url points at.</summary>
    public string ResumePath { get; }

    /// <summary>The URL to configure as <c>Discord:GatewayUrl</c> (or to return from a fake <c>GET /gateway/bot</c>).</summary>
    public string GatewayUrl => WebSocketBase() + Path;

    public string ResumeGatewayUrl => WebSocketBase() + ResumePath;

    public IReadOnlyList<FakeDiscordGatewayConnection> Connections
    {
        get { lock (_connections) return [.. _connections]; }
    }

    /// <summary>The latest connection.</summary>
    public FakeDiscordGatewayConnection Current =>
        Connections.LastOrDefault() ?? throw new InvalidOperationException("no client has connected to the fake gateway");

    /// <summary>The latest session handed out by IDENTIFY.</summary>
    public FakeDiscordGatewaySession? LatestSession => _sessions.Values.OrderBy(s => s.Id, StringComparer.Ordinal).LastOrDefault();

    /// <summary>Mounts the gateway on <paramref name="path"/> (and <c>{path}-resume</c>) of an app that is not started yet.</summary>
    public static FakeDiscordGateway Map(WebApplication app, string path = "/gateway", bool useWebSockets = true)
    {
        var gateway = new FakeDiscordGateway(app, path);
        if (useWebSockets) app.UseWebSockets();
        app.Map(gateway.Path, (HttpContext context) => gateway.AcceptAsync(context));
        app.Map(gateway.ResumePath, (HttpContext context) => gateway.AcceptAsync(context));
        return gateway;
    }

    /// <summary>Runs the gateway alone on a free loopback port.</summary>
    public static async Task<FakeDiscordGateway> StartAsync()
    {
        FakeDiscordGateway? gateway = null;
        await LoopbackServer.StartAsync(app => gateway = Map(app));
        gateway!._ownsApp = true;
        return gateway;
    }

    public async Task<FakeDiscordGatewayConnection> WaitForConnectionAsync(int number, TimeSpan? timeout = null) =>
        await WaitAsync(() => Connections.FirstOrDefault(c => c.Number == number), timeout, $"connection {number} never came");

    /// <summary>
    /// Adds a dispatch to the latest session without sending it, as if sent while the connection was failing: the
    /// client only gets it when it resumes.
    /// </summary>
    public int QueueMissedDispatch(string eventName, JsonNode data)
    {
        var session = LatestSession ?? throw new InvalidOperationException("no session yet");
        return session.Next(eventName, data, replayable: true);
    }

    internal FakeDiscordGatewaySession NewSession()
    {
        var session = new FakeDiscordGatewaySession($"fake-session-{Interlocked.Increment(ref _sessionCount):D3}");
        _sessions[session.Id] = session;
        return session;
    }

    internal FakeDiscordGatewaySession? FindSession(string? id) => id is not null && _sessions.TryGetValue(id, out var s) ? s : null;

    /// <summary>Waits for what <paramref name="probe"/> finds, looking again at each connection and each client frame.</summary>
    internal Task<T> WaitAsync<T>(Func<T?> probe, TimeSpan? timeout, string failure) where T : class =>
        _changed.WaitAsync(probe, timeout ?? DefaultTimeout, () => failure);

    /// <summary>Wakes the waits: a connection came, or a connection recorded a frame.</summary>
    internal void Changed() => _changed.Pulse();

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in Connections) connection.Drop();
        if (_ownsApp) await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeDiscordGatewayConnection connection;
        lock (_connections)
        {
            connection = new FakeDiscordGatewayConnection(this, context, socket, _connections.Count + 1);
            _connections.Add(connection);
        }
        Changed();
        await connection.RunAsync();
    }

    private string WebSocketBase()
    {
        var address = LoopbackServer.AddressOf(_app);
        return $"ws://{address.Authority}";
    }
}
