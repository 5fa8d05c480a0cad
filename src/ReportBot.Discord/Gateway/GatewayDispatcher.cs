using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Gateway;

/// <summary>What a dispatch meant for the session: READY (with its data) or RESUMED.</summary>
internal readonly record struct GatewayDispatchResult(ReadyEvent? Ready, bool Resumed);

/// <summary>
/// The dispatch layer: one switch over the event name. READY is handed over and awaited (the bot learns its own id
/// before any message); messages and interactions run in the background, at most
/// <see cref="GatewayClientSettings.MaxHandlersInFlight"/> at once. A failing handler is logged and nothing more.
/// </summary>
internal sealed partial class GatewayDispatcher(IGatewayEventHandler handler, int maxInFlight, ILogger logger)
{
    private readonly SemaphoreSlim _slots = new(maxInFlight, maxInFlight);
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public async ValueTask<GatewayDispatchResult> DispatchAsync(string? eventName, JsonElement? data, CancellationToken cancellationToken)
    {
        switch (eventName)
        {
            case "READY":
                if (Read(eventName, data, DiscordJsonContext.Default.ReadyEvent) is not { } ready) return default;
                await GuardAsync(eventName, () => handler.OnReadyAsync(ready, cancellationToken)).ConfigureAwait(false);
                return new GatewayDispatchResult(ready, Resumed: false);
            case "RESUMED":
                return new GatewayDispatchResult(null, Resumed: true);
            case "MESSAGE_CREATE":
                if (Read(eventName, data, DiscordJsonContext.Default.DiscordMessage) is { } message)
                    await StartAsync(eventName, () => handler.OnMessageCreateAsync(message, cancellationToken), cancellationToken).ConfigureAwait(false);
                return default;
            case "INTERACTION_CREATE":
                if (Read(eventName, data, DiscordJsonContext.Default.Interaction) is { } interaction)
                    await StartAsync(eventName, () => handler.OnInteractionCreateAsync(interaction, cancellationToken), cancellationToken).ConfigureAwait(false);
                return default;
            default:
                Log.Ignored(logger, eventName ?? "(none)");
                return default;
        }
    }

    /// <summary>Waits for the handlers still running.</summary>
    public Task DrainAsync() => Task.WhenAll(_running.Keys);

    private async Task StartAsync(string eventName, Func<Task> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var task = RunAsync(eventName, work);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task RunAsync(string eventName, Func<Task> work)
    {
        try
        {
            await GuardAsync(eventName, () => Task.Run(work)).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task GuardAsync(string eventName, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Log.HandlerCancelled(logger, eventName);
        }
        catch (Exception e)
        {
            Log.HandlerFailed(logger, eventName, e);
        }
    }

    private T? Read<T>(string eventName, JsonElement? data, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            if (data is { ValueKind: JsonValueKind.Object } d && d.Deserialize(type) is { } value) return value;
            Log.Malformed(logger, eventName, "d is not an object");
        }
        catch (JsonException e)
        {
            Log.Malformed(logger, eventName, e.Message);
        }
        return null;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Ignored gateway event {EventName}")]
        public static partial void Ignored(ILogger logger, string eventName);

        [LoggerMessage(2, LogLevel.Error, "The {EventName} handler failed; the gateway connection carries on")]
        public static partial void HandlerFailed(ILogger logger, string eventName, Exception exception);

        [LoggerMessage(3, LogLevel.Debug, "The {EventName} handler was cancelled")]
        public static partial void HandlerCancelled(ILogger logger, string eventName);

        [LoggerMessage(4, LogLevel.Warning, "Skipped a malformed {EventName} dispatch: {Problem}")]
        public static partial void Malformed(ILogger logger, string eventName, string problem);
    }
}
