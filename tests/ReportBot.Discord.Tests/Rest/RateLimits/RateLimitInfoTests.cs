using System.Net.Http.Headers;
using ReportBot.Discord.Rest.RateLimits;

namespace ReportBot.Discord.Tests.Rest.RateLimits;

public sealed class RateLimitInfoTests
{
    [Fact]
    public void Parses_every_rate_limit_header()
    {
        var info = RateLimitInfo.Parse(Headers(
            ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "1.337"),
            ("X-RateLimit-Bucket", "abcd1234"), ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "shared"), ("Retry-After", "2")));

        Assert.Equal(5, info.Limit);
        Assert.Equal(0, info.Remaining);
        Assert.Equal(TimeSpan.FromMilliseconds(1337), info.ResetAfter);
        Assert.Equal("abcd1234", info.Bucket);
        Assert.True(info.Global);
        Assert.True(info.IsSharedScope);
        Assert.Equal(TimeSpan.FromSeconds(2), info.RetryAfter);
        Assert.True(info.HasBucketState);
    }

    [Fact]
    public void Missing_or_malformed_headers_are_null()
    {
        var info = RateLimitInfo.Parse(Headers(("X-RateLimit-Remaining", "lots"), ("X-RateLimit-Reset-After", "-1")));

        Assert.Equal(new RateLimitInfo(), info);
        Assert.False(info.HasBucketState);
        Assert.False(info.Global);
    }

    [Fact]
    public void Absurd_waits_are_capped_at_a_day()
    {
        var info = RateLimitInfo.Parse(Headers(("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "1e30")));

        Assert.Equal(TimeSpan.FromDays(1), info.ResetAfter);
    }

    private static HttpResponseHeaders Headers(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response.Headers;
    }
}
