using System.Threading.Channels;

namespace ReportBot.Teams.Hosting;

/// <summary>
/// Replies waiting to be sent. The endpoint answers Bot Framework within its time limit and the sender posts
/// replies in the background; a full queue makes callers wait rather than drop replies.
/// </summary>
public sealed class OutboundQueue
{
    private readonly Channel<OutboundMessage> _channel = Channel.CreateBounded<OutboundMessage>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    public ValueTask EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(message, cancellationToken);

    public IAsyncEnumerable<OutboundMessage> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
