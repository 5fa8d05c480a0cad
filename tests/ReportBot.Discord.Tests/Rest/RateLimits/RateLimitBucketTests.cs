using Microsoft.Extensions.Time.Testing;
using ReportBot.Discord.Rest.RateLimits;

namespace ReportBot.Discord.Tests.Rest.RateLimits;

public sealed class RateLimitBucketTests
{
    private readonly FakeTimeProvider _time = new();

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void An_unknown_bucket_lets_requests_through()
    {
        var bucket = new RateLimitBucket();
        Assert.False(bucket.TryAcquire(Now).MustWait);
        Assert.False(bucket.TryAcquire(Now).MustWait);
    }

    [Fact]
    public void Remaining_is_counted_down_and_then_waits_until_the_reset()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(new RateLimitInfo { Remaining = 2, ResetAfter = TimeSpan.FromSeconds(2.5) }, Now);

        Assert.False(bucket.TryAcquire(Now).MustWait);
        Assert.False(bucket.TryAcquire(Now).MustWait);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(RateLimitDecision.WaitFor(TimeSpan.FromSeconds(1.5)), bucket.TryAcquire(Now));

        _time.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(RateLimitDecision.Proceed, bucket.TryAcquire(Now));
    }

    [Fact]
    public void A_429_blocks_the_bucket_for_retry_after()
    {
        var bucket = new RateLimitBucket();
        bucket.BlockUntil(Now + TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), bucket.TryAcquire(Now).Delay);
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.False(bucket.TryAcquire(Now).MustWait);
    }

    [Fact]
    public void A_response_without_rate_limit_headers_changes_nothing()
    {
        var bucket = new RateLimitBucket();
        bucket.Update(new RateLimitInfo { Remaining = 0, ResetAfter = TimeSpan.FromSeconds(1) }, Now);
        bucket.Update(new RateLimitInfo(), Now);

        Assert.True(bucket.TryAcquire(Now).MustWait);
    }

    [Fact]
    public void The_global_limiter_pauses_until_the_latest_end()
    {
        var global = new GlobalRateLimiter();
        Assert.False(global.TryAcquire(Now).MustWait);

        global.PauseUntil(Now + TimeSpan.FromSeconds(2));
        global.PauseUntil(Now + TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(2), global.TryAcquire(Now).Delay);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(global.TryAcquire(Now).MustWait);
    }
}
