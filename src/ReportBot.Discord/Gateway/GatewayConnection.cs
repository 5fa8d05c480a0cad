using System.Buffers;
using System.Net.WebSockets;

namespace ReportBot.Discord.Gateway;

/// <summary>
/// The transport: one WebSocket connection to the gateway (API v10, JSON, no compression). Sends whole text frames of
/// at most <see cref="MaxFrameBytes"/>, receives whole messages, and closes with a code. Never reused: a reconnect
/// opens a new one.
/// </summary>
public sealed class GatewayConnection : IAsyncDisposable
{
    /// <summary>The gateway closes with 4002 on larger frames.</summary>
    public const int MaxFrameBytes = 4096;

    /// <summary>Largest message accepted from the gateway (READY grows with the guild count).</summary>
    public const int MaxReceiveBytes = 16 * 1024 * 1024;

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _received = new(16 * 1024);

    private GatewayConnection(ClientWebSocket socket, Uri url)
    {
        _socket = socket;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The close code the gateway sent, once it closed.</summary>
    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseDescription => _socket.CloseStatusDescription;

    /// <summary><c>{url}?v=10&amp;encoding=json</c>, replacing any query the URL had.</summary>
    public static Uri BuildUri(string gatewayUrl) => new UriBuilder(gatewayUrl) { Query = "v=10&encoding=json" }.Uri;

    public static async Task<GatewayConnection> ConnectAsync(string gatewayUrl, CancellationToken cancellationToken)
    {
        var url = BuildUri(gatewayUrl);
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new GatewayConnection(socket, url);
    }

    /// <summary>Sends one text frame; throws <see cref="GatewayFrameTooLargeException"/> instead of sending an oversized one.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken)
    {
        if (utf8Json.Length > MaxFrameBytes) throw new GatewayFrameTooLargeException(utf8Json.Length);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// The next whole message (valid until the next call), or null once the gateway closed the connection (then
    /// <see cref="CloseStatus"/> says why). A dropped connection throws <see cref="WebSocketException"/>.
    /// </summary>
    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _received.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_received.GetMemory(8 * 1024), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await AnswerCloseAsync().ConfigureAwait(false);
                return null;
            }
            _received.Advance(result.Count);
            if (_received.WrittenCount > MaxReceiveBytes)
                throw new InvalidDataException($"a gateway message exceeded {MaxReceiveBytes} bytes");
            if (result.EndOfMessage) return _received.WrittenMemory;
        }
    }

    /// <summary>Sends a close frame (does not wait for the answer; keep receiving, or dispose to drop the connection).</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, Shorten(reason), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or IOException)
        {
            // Already gone: nothing left to close.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the connection at once; a pending receive throws.</summary>
    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AnswerCloseAsync()
    {
        if (_socket.State == WebSocketState.CloseReceived)
            await CloseAsync((int)(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), "").ConfigureAwait(false);
    }

    // A close reason may carry at most 123 UTF-8 bytes.
    private static string Shorten(string reason) => reason.Length <= 100 ? reason : reason[..100];
}
