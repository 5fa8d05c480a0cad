using ReportBot.Teams.Connector;

namespace ReportBot.Teams.Hosting;

/// <summary>Posts queued replies, a few at a time; a failed reply is logged and never blocks the others.</summary>
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
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            Log.Failed(logger, message.ConversationId, e.Message);
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
