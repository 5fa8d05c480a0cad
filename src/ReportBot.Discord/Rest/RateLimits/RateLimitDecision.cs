namespace ReportBot.Discord.Rest.RateLimits;

/// <summary>What a limiter says about sending now: go ahead, or wait <see cref="Delay"/> and ask again.</summary>
public readonly record struct RateLimitDecision(TimeSpan Delay)
{
    public static RateLimitDecision Proceed => default;

    public bool MustWait => Delay > TimeSpan.Zero;

    public static RateLimitDecision WaitFor(TimeSpan delay) => new(delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
}
