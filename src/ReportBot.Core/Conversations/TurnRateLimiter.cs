using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ReportBot.Core.Conversations;

/// <summary>
/// Limits on every turn that does work (sliding windows, System.Threading.RateLimiting), so one person, one busy
/// channel or one client address cannot monopolise the bot: questions (with their "More results" pages) have one
/// budget, other work (pillar pages, votes, digest commands) another. Each is counted per user, per conversation and,
/// where the door knows it (the chat page), per client address. Free turns are not counted.
/// </summary>
public sealed class TurnRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Turn> _questions;
    private readonly PartitionedRateLimiter<Turn> _actions;

    public TurnRateLimiter(IOptions<RateLimitOptions> options)
    {
        var o = options.Value;
        _questions = Chain("question", o.QuestionsPerUser, o.QuestionsPerChannel, o.QuestionsPerClientAddress, o.Window);
        _actions = Chain("action", o.ActionsPerUser, o.ActionsPerChannel, o.ActionsPerClientAddress, o.Window);
    }

    /// <summary>True when the turn may be handled now; false means "slow down".</summary>
    public bool TryAcquire(Turn turn, TurnCost cost)
    {
        var limiter = cost switch
        {
            TurnCost.Question => _questions,
            TurnCost.Action => _actions,
            _ => null,
        };
        if (limiter is null) return true;
        using var lease = limiter.AttemptAcquire(turn);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<Turn> Chain(string budget, int perUser, int perConversation, int perAddress, TimeSpan window) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<Turn, string>(turn => RateLimitPartition.GetSlidingWindowLimiter(
                $"{budget}|user|{turn.Platform.Key}|{turn.UserId}", _ => Window(perUser, window))),
            PartitionedRateLimiter.Create<Turn, string>(turn => RateLimitPartition.GetSlidingWindowLimiter(
                $"{budget}|conversation|{turn.Platform.Key}|{turn.ConversationId}", _ => Window(perConversation, window))),
            PartitionedRateLimiter.Create<Turn, string>(turn => turn.ClientAddress is { } address
                ? RateLimitPartition.GetSlidingWindowLimiter($"{budget}|address|{address}", _ => Window(perAddress, window))
                : RateLimitPartition.GetNoLimiter("")));

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public void Dispose()
    {
        _questions.Dispose();
        _actions.Dispose();
    }
}
