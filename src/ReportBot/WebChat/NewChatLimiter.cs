using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;

namespace ReportBot.WebChat;

/// <summary>
/// How many new chat-page conversations one network address may open per window. Each conversation is a separate
/// user to the other limits and to votes, so without this a script could start a new one for every request.
/// </summary>
public sealed class NewChatLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public NewChatLimiter(IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = o.NewChatsPerClientAddress,
                Window = o.Window,
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool TryAcquire(string clientAddress)
    {
        using var lease = _limiter.AttemptAcquire(clientAddress);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
