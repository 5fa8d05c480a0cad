using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Testing;

/// <summary>
/// One client connection at the fake gateway: sends HELLO, answers heartbeats, IDENTIFY and RESUME as Discord does, records
/// every frame the client sent, and can be scripted by the test (dispatches, op 7, op 9, close codes, a dropped socket).
/// </summary>
public sealed class FakeDiscordGatewayConnection
{
    private const int MaxFrameBytes = 4096;
    private const int PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private const int ValidIntents = (1 << 26) - 1;

    private readonly FakeDiscordGateway _gateway;
    private readonly HttpContext _context;
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentQueue<FakeDiscordGatewayFrame> _frames = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeDiscordGatewayConnection(FakeDiscordGateway gateway, HttpContext context, WebSocket socket, int number)
    {
        _gateway = gateway;
        _context = context;
        _socket = socket;
        Number = number;
        Path = context.Request.Path.Value ?? "";
        QueryString = context.Request.QueryString.Value ?? "";
        AckHeartbeats = gateway.AckHeartbeats;
    }

    /// <summary>1 for the first connection the fake accepted, 2 for the next …</summary>
    public int Number { get; }

    public string Path { get; }

    /// <summary>The query string the client connected with, e.g. <c>?v=10&amp;encoding=json</c>.</summary>
    public string QueryString { get; }

    public bool IsResumeUrl => Path == _gateway.ResumePath;

    /// <summary>Answer heartbeats with op 11 (set false to make the connection look zombied).</summary>
    public bool AckHeartbeats { get; set; }

    public FakeDiscordGatewaySession? Session { get; private set; }

    public IReadOnlyList<FakeDiscordGatewayFrame> Frames => [.. _frames];

    /// <summary>The close code the client sent, if it closed with a close frame.</summary>
    public int? ClientCloseCode { get; private set; }

    /// <summary>The close code the fake sent (scripted, or for a refused IDENTIFY / oversized frame).</summary>
    public int? ServerCloseCode { get; private set; }

    /// <summary>Completes when the connection is over, however it ended.</summary>
    public Task Ended => _ended.Task;

    public Task SendDispatchAsync(string eventName, JsonNode data)
    {
        var session = Session ?? throw new InvalidOperationException("no session on this connection yet (no IDENTIFY or RESUME)");
        return SendDispatchAsync(session, eventName, data, replayable: true);
    }

    public Task SendReconnectAsync() => SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    public Task SendInvalidSessionAsync(bool resumable) => SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });

    /// <summary>
    /// Sends <paramref name="bytes"/> as one message, exactly as given (any JSON or none), as a text frame or, for bytes
    /// that are not UTF-8 (which a WebSocket text frame may not carry), a binary one.
    /// </summary>
    public async Task SendRawAsync(byte[] bytes, bool binary = false)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>op 1 from the gateway: the client must send a heartbeat at once.</summary>
    public Task RequestHeartbeatAsync() => SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

    public Task CloseAsync(int code, string reason = "")
    {
        ServerCloseCode = code;
        return CloseOutputAsync(code, reason);
    }

    private async Task CloseOutputAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or IOException) { }
        finally { _sendLock.Release(); }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop()
    {
        if (_ended.Task.IsCompleted) return;
        try
        {
            _socket.Abort();
            _context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request just finished.
        }
    }

    public async Task<FakeDiscordGatewayFrame> WaitForFrameAsync(int op, Func<FakeDiscordGatewayFrame, bool>? match = null, TimeSpan? timeout = null) =>
        await _gateway.WaitAsync(() => _frames.FirstOrDefault(f => f.Op == op && (match?.Invoke(f) ?? true)), timeout,
            $"connection {Number}: no op {op} frame from the client");

    public async Task WaitForEndAsync(TimeSpan? timeout = null) =>
        await _ended.Task.WaitAsync(timeout ?? FakeDiscordGateway.DefaultTimeout);

    internal async Task RunAsync()
    {
        try
        {
            await SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = (int)_gateway.HeartbeatInterval.TotalMilliseconds }, ["s"] = null, ["t"] = null });
            var buffer = new ArrayBufferWriter<byte>();
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCode = (int?)_socket.CloseStatus;
                        if (_socket.State == WebSocketState.CloseReceived) await CloseOutputAsync(ClientCloseCode ?? 1000, "");
                        return;
                    }
                    buffer.Advance(result.Count);
                } while (!result.EndOfMessage);
                await OnFrameAsync(buffer.WrittenSpan.ToArray());
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // Dropped by either side.
        }
        finally
        {
            _ended.TrySetResult();
        }
    }

    private async Task OnFrameAsync(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        int op;
        JsonElement data;
        try
        {
            using var document = JsonDocument.Parse(text);
            op = document.RootElement.GetProperty("op").GetInt32();
            data = document.RootElement.TryGetProperty("d", out var d) ? d.Clone() : default;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            _frames.Enqueue(new FakeDiscordGatewayFrame(-1, default, bytes.Length, text));
            _gateway.Changed();
            await CloseAsync(4002, "Error while decoding payload.");
            return;
        }
        var frame = new FakeDiscordGatewayFrame(op, data, bytes.Length, text);
        _frames.Enqueue(frame);
        _gateway.Changed();
        if (bytes.Length > MaxFrameBytes)
        {
            await CloseAsync(4002, "Error while decoding payload.");
            return;
        }
        switch (op)
        {
            case 1:
                if (AckHeartbeats) await SendAsync(new JsonObject { ["op"] = 11, ["d"] = null });
                break;
            case 2:
                await OnIdentifyAsync(frame);
                break;
            case 6:
                await OnResumeAsync(frame);
                break;
            default:
                if (Session is null) await CloseAsync(4003, "Not authenticated.");
                break;
        }
    }

    private async Task OnIdentifyAsync(FakeDiscordGatewayFrame frame)
    {
        if (Session is not null) { await CloseAsync(4005, "Already authenticated."); return; }
        if (frame.Get("token") != _gateway.BotToken) { await CloseAsync(4004, "Authentication failed."); return; }
        long intents = frame.GetNumber("intents") ?? -1;
        if (intents < 0 || (intents & ~ValidIntents) != 0) { await CloseAsync(4013, "Invalid intent(s)."); return; }
        if ((intents & PrivilegedIntents) != 0 && !_gateway.AllowPrivilegedIntents) { await CloseAsync(4014, "Disallowed intent(s)."); return; }

        Session = _gateway.NewSession();
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject
            {
                ["id"] = _gateway.BotUserId, ["username"] = _gateway.BotUsername, ["global_name"] = null,
                ["discriminator"] = "0", ["avatar"] = null, ["bot"] = true, ["verified"] = true, ["flags"] = 0, ["mfa_enabled"] = false,
            },
            ["guilds"] = new JsonArray(new JsonObject { ["id"] = FakeDiscordGatewayPayloads.GuildId, ["unavailable"] = true }),
            ["session_id"] = Session.Id,
            ["session_type"] = "normal",
            ["resume_gateway_url"] = $"ws://{_context.Request.Host}{_gateway.ResumePath}",
            ["private_channels"] = new JsonArray(),
            ["application"] = new JsonObject { ["id"] = _gateway.BotUserId, ["flags"] = 565248 },
        };
        await SendDispatchAsync(Session, "READY", ready, replayable: false);
    }

    private async Task OnResumeAsync(FakeDiscordGatewayFrame frame)
    {
        if (frame.Get("token") != _gateway.BotToken) { await CloseAsync(4004, "Authentication failed."); return; }
        if (_gateway.FindSession(frame.Get("session_id")) is not { } session)
        {
            await SendInvalidSessionAsync(resumable: false);
            return;
        }
        long? sequence = frame.GetNumber("seq");
        if (sequence > session.LastSequence) { await CloseAsync(4007, "Invalid seq."); return; }
        Session = session;
        foreach (var (s, eventName, data) in session.After(sequence))
            await SendAsync(new JsonObject { ["op"] = 0, ["d"] = data.DeepClone(), ["s"] = s, ["t"] = eventName });
        await SendDispatchAsync(session, "RESUMED", new JsonObject(), replayable: false);
    }

    private Task SendDispatchAsync(FakeDiscordGatewaySession session, string eventName, JsonNode data, bool replayable)
    {
        int sequence = session.Next(eventName, data, replayable);
        return SendAsync(new JsonObject { ["op"] = 0, ["d"] = data.DeepClone(), ["s"] = sequence, ["t"] = eventName });
    }

    private async Task SendAsync(JsonObject payload)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
