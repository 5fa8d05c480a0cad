using System.Collections.Concurrent;
using ReportBot.Core.Net;
using ReportBot.Teams.Connector;

namespace ReportBot.Teams.Hosting;

/// <summary>
/// Posts queued replies in the background. Each connector host (<see cref="ConnectorHostKeys"/>) gets its own share
/// of the workers (<see cref="PerHost"/> posts at once) and of the waiting room (<see cref="MaxPendingPerHost"/>), so
/// a host that is slow or silent holds up only its own replies, never those to other hosts; its circuit (per host,
/// in the resilience pipeline) then fails the rest fast, and replies beyond its share are dropped and logged rather
/// than left to fill the queue. Whatever goes wrong with one reply is logged for that reply; it never stops the
/// sender or the host.
/// </summary>
public sealed partial class OutboundSender(
    OutboundQueue queue, ConnectorClient connector, ConnectorHostKeys hostKeys, SecretRedactor redactor, ILogger<OutboundSender> logger)
    : BackgroundService
{
    /// <summary>Posts in flight to one host.</summary>
    public const int PerHost = 32;

    /// <summary>Posts in flight or waiting for one host; more are dropped.</summary>
    public const int MaxPendingPerHost = 256;

    /// <summary>Posts in flight or waiting across all hosts; beyond it the queue fills and callers wait.</summary>
    private const int MaxPending = 4_000;

    private readonly ConcurrentDictionary<string, HostLane> _hosts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _pending = new(MaxPending);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new ConcurrentDictionary<Task, byte>();
        try
        {
            await foreach (var message in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var lane = _hosts.GetOrAdd(hostKeys.For(message.ServiceUrl.Uri), _ => new HostLane(PerHost));
                if (!lane.TryEnter(MaxPendingPerHost))
                {
                    Log.Dropped(logger, message.ConversationId, MaxPendingPerHost);
                    continue;
                }
                await _pending.WaitAsync(stoppingToken).ConfigureAwait(false);
                var post = PostAsync(message, lane, stoppingToken);
                running[post] = 0;
                _ = post.ContinueWith(done => running.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running.Keys).ConfigureAwait(false);
    }

    private async Task PostAsync(OutboundMessage message, HostLane lane, CancellationToken cancellationToken)
    {
        var host = lane.Workers;
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
            // The message can carry an upstream's words (MSAL quotes the token endpoint's error, which may echo the
            // secret it was sent): cleaned like every other upstream text.
            Log.Failed(logger, message.ConversationId, e.GetType().Name + ": " + redactor.Redact(e.Message));
        }
        finally
        {
            lane.Leave();
            _pending.Release();
        }
    }

    public override void Dispose()
    {
        _pending.Dispose();
        foreach (var host in _hosts.Values) host.Workers.Dispose();
        base.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Reply sent to conversation {ConversationId}")]
        public static partial void Sent(ILogger logger, string conversationId);

        [LoggerMessage(2, LogLevel.Warning, "Reply to conversation {ConversationId} could not be sent: {Reason}")]
        public static partial void Failed(ILogger logger, string conversationId, string reason);

        [LoggerMessage(3, LogLevel.Warning, "Reply to conversation {ConversationId} dropped: its connector host already has {Limit} replies waiting")]
        public static partial void Dropped(ILogger logger, string conversationId, int limit);
    }
}
