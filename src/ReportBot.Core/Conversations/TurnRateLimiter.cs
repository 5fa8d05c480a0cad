using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportBot.Core.Conversations;

/// <summary>
/// Per-user and per-channel limits on questions (sliding windows, System.Threading.RateLimiting), so one person or
/// one busy channel cannot monopolise the bot. Commands that cost nothing (help, pillars, about) are not counted.
/// </summary>
public sealed class QuestionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Turn> _limiter;

    public QuestionRateLimiter(IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Turn, string>(turn => RateLimitPartition.GetSlidingWindowLimiter(
                $"user|{turn.Platform}|{turn.UserId}", _ => Window(o.QuestionsPerUser, o.Window))),
            PartitionedRateLimiter.Create<Turn, string>(turn => RateLimitPartition.GetSlidingWindowLimiter(
                $"channel|{turn.Platform}|{turn.ConversationId}", _ => Window(o.QuestionsPerChannel, o.Window))));
    }

    /// <summary>True when the question may be answered now; false means "slow down".</summary>
    public bool TryAcquire(Turn turn)
    {
        using var lease = _limiter.AttemptAcquire(turn);
        return lease.IsAcquired;
    }

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public void Dispose() => _limiter.Dispose();
}
