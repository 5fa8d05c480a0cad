namespace ReportBot.Discord.Rest.RateLimits;

/// <summary>
/// The bot-wide pause after a 429 with <c>global: true</c> (or <c>X-RateLimit-Global</c>): every request bound by
/// the global limit waits until it ends.
/// </summary>
public sealed class GlobalRateLimiter
{
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil;

    public RateLimitDecision TryAcquire(DateTimeOffset now)
    {
        lock (_lock)
        {
            return now < _pausedUntil ? RateLimitDecision.WaitFor(_pausedUntil - now) : RateLimitDecision.Proceed;
        }
    }

    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _pausedUntil) _pausedUntil = until;
        }
    }
}
