using System.Net;
using System.Net.Sockets;

namespace ReportBot.Testing;

/// <summary>
/// A TCP port on loopback that accepts connections and never answers: the slowest host there is, holding every request
/// until the caller's timeout. Says when it took its first connection.
/// </summary>
public sealed class SilentListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstConnection = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SilentListener()
    {
        _listener.Start(backlog: 512);
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Completes when the first connection has been taken.</summary>
    public Task FirstConnection => _firstConnection.Task;

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_held) _held.Add(client);
                _firstConnection.TrySetResult();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_held) foreach (var client in _held) client.Dispose();
        _stop.Dispose();
    }
}
