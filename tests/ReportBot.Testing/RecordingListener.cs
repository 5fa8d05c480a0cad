using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Testing;

/// <summary>
/// An HTTP server on loopback that answers every request 200 and records its method, raw path and query: a stand-in
/// for whatever else listens on this machine, to see whether the bot can be made to call it.
/// </summary>
public sealed class RecordingListener : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingListener(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int Port => Address.Port;

    public ConcurrentQueue<string> Requests { get; } = new();

    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first request has been recorded.</summary>
    public Task FirstRequest => _firstRequest.Task;

    public static async Task<RecordingListener> StartAsync()
    {
        RecordingListener? self = null;
        var (app, address) = await LoopbackServer.StartAsync(app => app.Run(context =>
        {
            var request = context.Request;
            self!.Requests.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
            self._firstRequest.TrySetResult();
            return context.Response.WriteAsync("{}");
        }));
        self = new RecordingListener(app, address);
        return self;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
