using System.Net.WebSockets;
using System.Text.Json;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Gateway;

/// <summary>
/// The session layer on one connection: HELLO starts the heartbeat, then IDENTIFY or RESUME; one switch over the
/// opcode; ends with a <see cref="GatewaySessionEnd"/> that tells the client what to do next. One object per connection.
/// </summary>
internal sealed partial class GatewaySession(
    GatewayConnection connection,
    GatewayResumeState state,
    GatewayDispatcher dispatcher,
    string token,
    GatewayClientSettings settings,
    TimeProvider time,
    ILogger logger,
    Action<bool> established)
{
    private readonly CancellationTokenSource _over = new();

    // The close reason is the gateway's text: it ends up in logs and in /readyz, so it must not be able to echo the token.
    private readonly Core.Net.SecretRedactor _redactor = new([token]);
    private GatewaySessionEnd? _end;
    private volatile bool _acked = true;
    private Task _heartbeat = Task.CompletedTask;
    private bool _helloSeen;

    /// <summary>Runs until the connection ends; cancelling closes it with 1000.</summary>
    public async Task<GatewaySessionEnd> RunAsync(bool resume, CancellationToken cancellationToken)
    {
        var onShutdown = cancellationToken.Register(() => _ = EndAsync(GatewaySessionEnd.Shutdown));
        try
        {
            while (true)
            {
                // Not cancellable: cancelling a receive aborts the socket before the close frame goes out.
                var frame = await connection.ReceiveAsync(CancellationToken.None).ConfigureAwait(false);
                if (frame is null) return _end ?? GatewaySessionEnd.ClosedByGateway(connection.CloseStatus, _redactor.Redact(connection.CloseDescription, 120));
                if (_end is not null) continue; // closing: what still arrives is replayed on resume
                if (await OnFrameAsync(frame.Value, resume, cancellationToken).ConfigureAwait(false) is { } end)
                    await EndAsync(end).ConfigureAwait(false);
            }
        }
        catch (GatewayFrameTooLargeException e)
        {
            var stop = GatewaySessionEnd.Stop($"{e.Message}; check Discord:BotToken");
            await EndAsync(stop).ConfigureAwait(false);
            return stop;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException or InvalidDataException)
        {
            return _end ?? GatewaySessionEnd.Dropped($"connection lost ({e.Message})");
        }
        finally
        {
            await onShutdown.DisposeAsync().ConfigureAwait(false);
            _over.Cancel();
            await _heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<GatewaySessionEnd?> OnFrameAsync(ReadOnlyMemory<byte> frame, bool resume, CancellationToken cancellationToken)
    {
        GatewayPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(frame.Span, DiscordJsonContext.Default.GatewayPayload);
        }
        catch (JsonException e)
        {
            Log.BadFrame(logger, e.Message);
            return null;
        }
        switch (payload?.Op)
        {
            case GatewayOpcode.Dispatch:
                if (payload.Sequence is { } sequence) state.Observe(sequence);
                var result = await dispatcher.DispatchAsync(payload.EventName, payload.Data, cancellationToken).ConfigureAwait(false);
                if (result.Ready is { } ready) state.Ready(ready);
                if (result.Ready is not null || result.Resumed) established(result.Resumed);
                return null;
            case GatewayOpcode.Heartbeat:
                Log.HeartbeatRequested(logger);
                await SendHeartbeatAsync().ConfigureAwait(false);
                return null;
            case GatewayOpcode.Reconnect:
                return GatewaySessionEnd.ReconnectRequested;
            case GatewayOpcode.InvalidSession:
                return GatewaySessionEnd.InvalidSession(payload.Data is { ValueKind: JsonValueKind.True });
            case GatewayOpcode.Hello:
                return await OnHelloAsync(payload.Data, resume).ConfigureAwait(false);
            case GatewayOpcode.HeartbeatAck:
                _acked = true;
                return null;
            default:
                Log.UnknownOpcode(logger, (int?)payload?.Op ?? -1);
                return null;
        }
    }

    private async Task<GatewaySessionEnd?> OnHelloAsync(JsonElement? data, bool resume)
    {
        if (_helloSeen) return null;
        _helloSeen = true;
        if (data is not { ValueKind: JsonValueKind.Object } d
            || !d.TryGetProperty("heartbeat_interval", out var value) || !value.TryGetDouble(out double ms) || ms <= 0)
            return GatewaySessionEnd.Dropped("HELLO without a heartbeat_interval");

        var interval = TimeSpan.FromMilliseconds(ms);
        Log.Hello(logger, interval);
        _heartbeat = HeartbeatLoopAsync(interval, _over.Token);
        if (resume && state.CanResume)
            await connection.SendAsync(GatewayCommands.Resume(token, state.SessionId!, state.Sequence), CancellationToken.None).ConfigureAwait(false);
        else
            await connection.SendAsync(GatewayCommands.Identify(token, GatewayIntents.Default, settings.LibraryName), CancellationToken.None).ConfigureAwait(false);
        return null;
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * Math.Clamp(settings.Random(), 0, 1), time, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (!_acked)
                {
                    Log.Zombied(logger);
                    await EndAsync(GatewaySessionEnd.Zombied).ConfigureAwait(false);
                    return;
                }
                _acked = false;
                await SendHeartbeatAsync().ConfigureAwait(false);
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            // Session over, or the connection died: the receive loop reports it.
        }
    }

    private Task SendHeartbeatAsync() => connection.SendAsync(GatewayCommands.Heartbeat(state.Sequence), CancellationToken.None);

    /// <summary>First caller wins: sends the close frame, then drops the connection if the gateway does not answer in time.</summary>
    private async Task EndAsync(GatewaySessionEnd end)
    {
        if (Interlocked.CompareExchange(ref _end, end, null) is not null) return;
        await connection.CloseAsync(end.ClientCloseCode, end.Reason).ConfigureAwait(false);
        _ = AbortUnlessClosedAsync();
    }

    private async Task AbortUnlessClosedAsync()
    {
        try
        {
            await Task.Delay(settings.CloseTimeout, time, _over.Token).ConfigureAwait(false);
            connection.Abort();
        }
        catch (OperationCanceledException)
        {
            // The gateway answered the close in time.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(10, LogLevel.Debug, "Gateway HELLO: heartbeat every {Interval}")]
        public static partial void Hello(ILogger logger, TimeSpan interval);

        [LoggerMessage(11, LogLevel.Debug, "The gateway asked for a heartbeat")]
        public static partial void HeartbeatRequested(ILogger logger);

        [LoggerMessage(12, LogLevel.Warning, "No heartbeat ACK since the last heartbeat: the connection is zombied; closing it to resume")]
        public static partial void Zombied(ILogger logger);

        [LoggerMessage(13, LogLevel.Debug, "Ignored gateway opcode {Op}")]
        public static partial void UnknownOpcode(ILogger logger, int op);

        [LoggerMessage(14, LogLevel.Warning, "Skipped a gateway frame that is not valid JSON: {Problem}")]
        public static partial void BadFrame(ILogger logger, string problem);
    }
}
