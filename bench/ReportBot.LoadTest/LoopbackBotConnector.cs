using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportBot.LoadTest;

/// <summary>
/// A Bot Connector on loopback that accepts every activity posted to
/// <c>/v3/conversations/{id}/activities[/{replyToId}]</c> and counts it: the load test checks only that every reply
/// arrived, so nothing is parsed or kept.
/// </summary>
public sealed class LoopbackBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _received;

    private LoopbackBotConnector(WebApplication app, Uri address)
    {
        _app = app;
        ServiceUrl = address.ToString();
    }

    public string ServiceUrl { get; }

    /// <summary>Activities accepted since the start or the last <see cref="ResetReceived"/>.</summary>
    public int Received => Volatile.Read(ref _received);

    public void ResetReceived() => Interlocked.Exchange(ref _received, 0);

    public static async Task<LoopbackBotConnector> StartAsync()
    {
        LoopbackBotConnector? connector = null;
        var (app, address) = await LoopbackApp.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", async (HttpContext context) =>
            {
                // Read to the end, as a real connector does, so the bot's send completes the same way.
                await context.Request.Body.CopyToAsync(Stream.Null);
                int n = Interlocked.Increment(ref connector!._received);
                await context.Response.WriteAsJsonAsync(new { id = "reply-" + n });
            }));
        connector = new LoopbackBotConnector(app, address);
        return connector;
    }

    /// <summary>Waits until <paramref name="count"/> activities have arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Received < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        if (Received < count)
            throw new TimeoutException($"expected {count} activities at the fake connector, got {Received}");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
