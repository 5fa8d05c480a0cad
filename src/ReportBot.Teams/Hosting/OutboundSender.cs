using System.Collections.Concurrent;
using ReportBot.Teams.Connector;

namespace ReportBot.Teams.Hosting;

/// <summary>
/// Posts queued replies in the background. Each connector host gets its own share of the workers
/// (<see cref="PerHost"/> posts at once), so a host that is slow or silent holds up only its own replies, never
/// those to other hosts; its circuit (per host, in the resilience pipeline) then fails the rest fast. Whatever goes
/// wrong with one reply is logged for that reply; it never stops the sender or the host.
/// </summary>
public sealed partial class OutboundSender(OutboundQueue queue, ConnectorClient connector, ILogger<OutboundSender> logger) : BackgroundService
{
    /// <summary>Posts in flight to one host.</summary>
    public const int PerHost = 8;

    /// <summary>Posts in flight or waiting for their host, across all hosts; beyond it the queue fills and callers wait.</summary>
    private const int MaxPending = 1_000;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _pending = new(MaxPending);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new ConcurrentDictionary<Task, byte>();
        try
        {
            await foreach (var message in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await _pending.WaitAsync(stoppingToken).ConfigureAwait(false);
                var post = PostAsync(message, stoppingToken);
                running[post] = 0;
                _ = post.ContinueWith(done => running.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running.Keys).ConfigureAwait(false);
    }

    private async Task PostAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(message.ServiceUrl.Authority, _ => new SemaphoreSlim(PerHost));
        try
        {
            await host.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await connector.SendAsync(message.ServiceUrl, message.ConversationId, message.Activity, message.ReplyToId, cancellationToken)
                    .ConfigureAwait(false);
                Log.Sent(logger, message.ConversationId);
            }
            finally
            {
                host.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Log.Failed(logger, message.ConversationId, e.GetType().Name + ": " + e.Message);
        }
        finally
        {
            _pending.Release();
        }
    }

    public override void Dispose()
    {
        _pending.Dispose();
        foreach (var host in _hosts.Values) host.Dispose();
        base.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Reply sent to conversation {ConversationId}")]
        public static partial void Sent(ILogger logger, string conversationId);

        [LoggerMessage(2, LogLevel.Warning, "Reply to conversation {ConversationId} could not be sent: {Reason}")]
        public static partial void Failed(ILogger logger, string conversationId, string reason);
    }
}
