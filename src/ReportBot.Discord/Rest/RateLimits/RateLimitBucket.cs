namespace ReportBot.Discord.Rest.RateLimits;

/// <summary>
/// The state of one Discord bucket (one hash + major parameter). Requests in a bucket are serialised by
/// <see cref="EnterAsync"/>/<see cref="Exit"/>, so the last response's Remaining is always current: when it is 0,
/// <see cref="TryAcquire"/> says to wait until the reset.
/// </summary>
public sealed class RateLimitBucket
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;

    /// <summary>Waits for this bucket's turn: one request at a time per bucket.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _gate.WaitAsync(cancellationToken);

    public void Exit() => _gate.Release();

    /// <summary>Asks to send one request now; when allowed, counts it against Remaining.</summary>
    public RateLimitDecision TryAcquire(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_remaining is null) return RateLimitDecision.Proceed;
            if (now >= _resetAt)
            {
                // The window has rolled over: the next response tells us the new Remaining.
                _remaining = null;
                return RateLimitDecision.Proceed;
            }
            if (_remaining <= 0) return RateLimitDecision.WaitFor(_resetAt - now);
            _remaining--;
            return RateLimitDecision.Proceed;
        }
    }

    /// <summary>Takes Remaining and Reset-After from a response; responses without them change nothing.</summary>
    public void Update(RateLimitInfo info, DateTimeOffset now)
    {
        if (!info.HasBucketState) return;
        lock (_lock)
        {
            _remaining = info.Remaining;
            _resetAt = now + info.ResetAfter!.Value;
        }
    }

    /// <summary>After a 429 on this bucket: nothing more is sent before <paramref name="until"/>.</summary>
    public void BlockUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            _remaining = 0;
            if (until > _resetAt) _resetAt = until;
        }
    }

    /// <summary>Nobody is using the bucket and its window has passed: it may be forgotten.</summary>
    public bool IsIdle(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _gate.CurrentCount == 1 && now >= _resetAt;
        }
    }
}
