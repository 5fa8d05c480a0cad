using ReportBot.Teams.Connector;

namespace ReportBot.Teams.Hosting;

/// <summary>
/// Posts queued replies, a few at a time. Whatever goes wrong with one reply (the connector refusing it, an open
/// circuit, a token that cannot be had) is logged for that reply; it never stops the sender or the host.
/// </summary>
public sealed partial class OutboundSender(OutboundQueue queue, ConnectorClient connector, ILogger<OutboundSender> logger) : BackgroundService
{
    private const int Concurrency = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(queue.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = stoppingToken },
            SendAsync);

    private async ValueTask SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(message.ServiceUrl, message.ConversationId, message.Activity, message.ReplyToId, cancellationToken);
            Log.Sent(logger, message.ConversationId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.Failed(logger, message.ConversationId, e.GetType().Name + ": " + e.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Reply sent to conversation {ConversationId}")]
        public static partial void Sent(ILogger logger, string conversationId);

        [LoggerMessage(2, LogLevel.Warning, "Reply to conversation {ConversationId} could not be sent: {Reason}")]
        public static partial void Failed(ILogger logger, string conversationId, string reason);
    }
}
