using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Testing;

/// <summary>
/// A Bot Connector on loopback: records every activity posted to <c>/v3/conversations/{id}/activities[/{replyToId}]</c>,
/// and can be told to answer the next requests with an error (e.g. 429 with Retry-After).
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _scripted = new();

    private FakeBotConnector(WebApplication app, Uri address)
    {
        _app = app;
        ServiceUrl = address.ToString();
    }

    public string ServiceUrl { get; }

    public ConcurrentQueue<ReceivedActivity> Received { get; } = new();

    /// <summary>Every request, including scripted failures, with the time it arrived.</summary>
    public ConcurrentQueue<(DateTimeOffset At, string Path)> Requests { get; } = new();

    public static async Task<FakeBotConnector> StartAsync()
    {
        FakeBotConnector? fake = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
            app.MapPost("/v3/conversations/{conversationId}/activities/{**replyToId}", (HttpContext context, string conversationId, string? replyToId) =>
                fake!.HandleAsync(context, conversationId, replyToId)));
        fake = new FakeBotConnector(app, address);
        return fake;
    }

    /// <summary>Answers the next request with <paramref name="status"/> (and Retry-After, if given) instead of accepting it.</summary>
    public void FailNext(int status, TimeSpan? retryAfter = null) => _scripted.Enqueue(response =>
    {
        response.StatusCode = status;
        if (retryAfter is { } wait) response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    });

    /// <summary>Waits until <paramref name="count"/> activities have arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (Received.Count < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        if (Received.Count < count)
            throw new TimeoutException($"expected {count} activities at the fake connector, got {Received.Count}");
        return [.. Received];
    }

    private async Task HandleAsync(HttpContext context, string conversationId, string? replyToId)
    {
        Requests.Enqueue((DateTimeOffset.UtcNow, context.Request.Path));
        if (_scripted.TryDequeue(out var scripted))
        {
            await scripted(context.Response);
            return;
        }
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        Received.Enqueue(new ReceivedActivity(Uri.UnescapeDataString(conversationId), replyToId is null ? null : Uri.UnescapeDataString(replyToId),
            context.Request.Headers.Authorization.ToString(), body.RootElement.Clone()));
        await context.Response.WriteAsJsonAsync(new { id = "reply-" + Received.Count });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

/// <summary>One activity the fake connector accepted.</summary>
public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, string Authorization, JsonElement Activity)
{
    public string Text => Activity.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";

    public string Card => Activity.TryGetProperty("attachments", out var a) ? a.GetRawText() : "";

    /// <summary>Everything a user would see: the Markdown text and the card's JSON (with its text blocks).</summary>
    public string Visible => Text + "\n" + System.Text.RegularExpressions.Regex.Unescape(Card);
}
