using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest;

namespace ReportBot.Discord.Gateway;

/// <summary>
/// The gateway client: opens a connection, runs a <see cref="GatewaySession"/> on it, and decides what comes next
/// (resume, identify afresh, or stop for good), waiting per <see cref="GatewayClientSettings.Backoff"/>. All time comes
/// from the <see cref="TimeProvider"/>. <see cref="Status"/> is for health checks.
/// </summary>
public sealed partial class DiscordGatewayClient
{
    private readonly DiscordOptions _options;
    private readonly IDiscordRestClient _rest;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly GatewayClientSettings _settings;
    private readonly GatewayDispatcher _dispatcher;
    private readonly GatewayResumeState _state = new();
    private volatile GatewayStatus _status;
    private string? _gatewayUrl;
    private int _attempt;
    private int _running;

    public DiscordGatewayClient(
        IOptions<DiscordOptions> options,
        IDiscordRestClient rest,
        IGatewayEventHandler handler,
        TimeProvider time,
        ILogger<DiscordGatewayClient> logger,
        GatewayClientSettings? settings = null)
    {
        _options = options.Value;
        _rest = rest;
        _time = time;
        _logger = logger;
        _settings = settings ?? new GatewayClientSettings();
        _dispatcher = new GatewayDispatcher(handler, _settings.MaxHandlersInFlight, logger);
        _status = new GatewayStatus(GatewayState.NotStarted, time.GetUtcNow());
    }

    public GatewayStatus Status => _status;

    /// <summary>
    /// Raised with the new <see cref="Status"/> each time it changes, on the thread that changed it, so a caller can
    /// wait for a state instead of reading <see cref="Status"/> over and over. A handler must return quickly.
    /// </summary>
    public event Action<GatewayStatus>? StatusChanged;

    /// <summary>Runs until cancelled or stopped by a close code that reconnecting cannot fix; never throws for either.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1) throw new InvalidOperationException("The gateway client is already running.");
        if (!_options.GatewayEnabled || string.IsNullOrWhiteSpace(_options.BotToken))
        {
            SetStatus(GatewayState.Disabled, "no Discord:BotToken, or Discord:UseGateway is false");
            return;
        }
        SetStatus(GatewayState.Connecting);
        bool resume = false;
        try
        {
            while (true)
            {
                var end = await ConnectAndRunAsync(_options.BotToken, resume, cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (end.Next == GatewayNextStep.Stop)
                {
                    Log.Stopped(_logger, end.Reason, end.CloseCode);
                    SetStatus(GatewayState.Stopped, end.Reason, end.CloseCode);
                    return;
                }
                resume = end.Next == GatewayNextStep.Resume && _state.CanResume;
                if (!resume) _state.Clear();
                var delay = DelayBefore(end);
                Log.Reconnecting(_logger, end.Reason, end.CloseCode, resume ? "resume" : "identify", delay);
                var wait = Task.Delay(delay, _time, cancellationToken);
                SetStatus(GatewayState.Reconnecting, end.Reason, end.CloseCode, _time.GetUtcNow() + delay);
                await wait.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SetStatus(GatewayState.Stopped, "shut down");
        }
        finally
        {
            await _dispatcher.DrainAsync().ConfigureAwait(false);
        }
    }

    private async Task<GatewaySessionEnd> ConnectAndRunAsync(string token, bool resume, CancellationToken cancellationToken)
    {
        GatewayConnection connection;
        try
        {
            string url = resume ? _state.ResumeGatewayUrl! : _gatewayUrl ??= await ResolveGatewayUrlAsync(cancellationToken).ConfigureAwait(false);
            Log.Connecting(_logger, url, resume ? "resume" : "identify");
            using var timeout = new CancellationTokenSource(_settings.ConnectTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            connection = await GatewayConnection.ConnectAsync(url, linked.Token).ConfigureAwait(false);
        }
        catch (DiscordRestException e) when (e.Status == HttpStatusCode.Unauthorized)
        {
            return GatewaySessionEnd.Stop("authentication failed: check Discord:BotToken (GET /gateway/bot answered 401)");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
            && e is WebSocketException or HttpRequestException or DiscordRestException or OperationCanceledException or UriFormatException)
        {
            return GatewaySessionEnd.Dropped($"could not connect ({e.Message})");
        }
        await using (connection.ConfigureAwait(false))
        {
            var session = new GatewaySession(connection, _state, _dispatcher, token, _settings, _time, _logger, OnEstablished);
            return await session.RunAsync(resume, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string> ResolveGatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(_options.GatewayUrl)) return _options.GatewayUrl;
        var info = await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        return info.Url;
    }

    private TimeSpan DelayBefore(GatewaySessionEnd end) => end.Wait switch
    {
        GatewayReconnectWait.None => TimeSpan.Zero,
        GatewayReconnectWait.InvalidSession => Max(InvalidSessionWait(), NextBackoff()),
        _ => NextBackoff(),
    };

    private TimeSpan NextBackoff() => _settings.Backoff.DelayFor(Interlocked.Increment(ref _attempt) - 1, _settings.Random());

    private TimeSpan InvalidSessionWait()
    {
        var span = _settings.InvalidSessionWaitMax - _settings.InvalidSessionWaitMin;
        return _settings.InvalidSessionWaitMin + span * Math.Clamp(_settings.Random(), 0, 1);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void OnEstablished(bool resumed)
    {
        Interlocked.Exchange(ref _attempt, 0);
        Log.Connected(_logger, resumed ? "resumed" : "ready");
        SetStatus(GatewayState.Connected);
    }

    private void SetStatus(GatewayState state, string? reason = null, int? closeCode = null, DateTimeOffset? retryAt = null)
    {
        var status = new GatewayStatus(state, _time.GetUtcNow(), reason, closeCode, retryAt);
        _status = status;
        StatusChanged?.Invoke(status);
    }

    private static partial class Log
    {
        [LoggerMessage(20, LogLevel.Information, "Connecting to the Discord gateway at {Url} ({Mode})")]
        public static partial void Connecting(ILogger logger, string url, string mode);

        [LoggerMessage(21, LogLevel.Information, "Discord gateway session {How}")]
        public static partial void Connected(ILogger logger, string how);

        [LoggerMessage(22, LogLevel.Warning, "Discord gateway connection ended: {Reason} (close code {CloseCode}); will {Mode} in {Delay}")]
        public static partial void Reconnecting(ILogger logger, string reason, int? closeCode, string mode, TimeSpan delay);

        [LoggerMessage(23, LogLevel.Error, "Discord gateway stopped and will not reconnect: {Reason} (close code {CloseCode})")]
        public static partial void Stopped(ILogger logger, string reason, int? closeCode);
    }
}
