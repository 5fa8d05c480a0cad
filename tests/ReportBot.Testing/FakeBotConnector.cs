using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Testing;

/// <summary>
/// A Bot Connector on loopback: records every activity posted to <c>/v3/conversations/{id}/activities[/{replyToId}]</c>,
/// and can be told to answer the next requests with an error (e.g. 429 with Retry-After), with no answer at all, or by
/// cutting the connection, before or after taking the activity.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Script> _scripted = new();
    private readonly ChangeSignal _changed = new();

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
    public void FailNext(int status, TimeSpan? retryAfter = null) => _scripted.Enqueue(new Script(status, retryAfter, NetworkFault.None, AfterAccepting: false));

    /// <summary>
    /// Gives the next request no answer until the client gives up. With <paramref name="afterAccepting"/> the activity
    /// counts as posted (it is in <see cref="Received"/>) though the client never hears so.
    /// </summary>
    public void HangNext(bool afterAccepting = false) => _scripted.Enqueue(new Script(0, null, NetworkFault.Hang, afterAccepting));

    /// <summary>Cuts the connection of the next request without an answer, before or <paramref name="afterAccepting"/> the activity.</summary>
    public void DropNext(bool afterAccepting = false) => _scripted.Enqueue(new Script(0, null, NetworkFault.Drop, afterAccepting));

    /// <summary>Waits until <paramref name="count"/> activities have arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => Received.Count >= count, $"{count} activities", timeout);
        return [.. Received];
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds over <see cref="Received"/> and <see cref="Requests"/>, looking
    /// again at each request that arrives; fails naming <paramref name="what"/> after <paramref name="timeout"/> (15 s).
    /// </summary>
    public Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        _changed.WaitUntilAsync(condition, timeout ?? TimeSpan.FromSeconds(15),
            () => $"the fake connector never saw {what}: {Requests.Count} requests, {Received.Count} activities taken");

    private async Task HandleAsync(HttpContext context, string conversationId, string? replyToId)
    {
        Requests.Enqueue((DateTimeOffset.UtcNow, context.Request.Path));
        _changed.Pulse();
        _scripted.TryDequeue(out var script);
        if (script is { AfterAccepting: false })
        {
            await FailAsync(context, script);
            return;
        }
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        Received.Enqueue(new ReceivedActivity(Uri.UnescapeDataString(conversationId), replyToId is null ? null : Uri.UnescapeDataString(replyToId),
            context.Request.Headers.Authorization.ToString(), body.RootElement.Clone()));
        _changed.Pulse();
        if (script is not null)
        {
            await FailAsync(context, script);
            return;
        }
        await context.Response.WriteAsJsonAsync(new { id = "reply-" + Received.Count });
    }

    private static async Task FailAsync(HttpContext context, Script script)
    {
        if (script.Fault != NetworkFault.None)
        {
            await NetworkFaults.ApplyAsync(context, script.Fault);
            return;
        }
        context.Response.StatusCode = script.Status;
        if (script.RetryAfter is { } wait)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>A scripted failure: an error status (with Retry-After), or a network fault, before or after taking the activity.</summary>
    private sealed record Script(int Status, TimeSpan? RetryAfter, NetworkFault Fault, bool AfterAccepting);
}

/// <summary>One activity the fake connector accepted.</summary>
public sealed record ReceivedActivity(string ConversationId, string? ReplyToId, string Authorization, JsonElement Activity)
{
    public string Text => Activity.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";

    public string Card => Activity.TryGetProperty("attachments", out var a) ? a.GetRawText() : "";

    /// <summary>Everything a user would see: the Markdown text and the card's JSON (with its text blocks).</summary>
    public string Visible => Text + "\n" + System.Text.RegularExpressions.Regex.Unescape(Card);
}
