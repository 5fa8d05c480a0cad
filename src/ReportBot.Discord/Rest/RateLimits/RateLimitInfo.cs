using System.Globalization;
using System.Net.Http.Headers;

namespace ReportBot.Discord.Rest.RateLimits;

/// <summary>The <c>X-RateLimit-*</c> headers of one response (and <c>Retry-After</c>); absent headers are null.</summary>
public sealed record RateLimitInfo
{
    /// <summary>Longer waits are read as this (a day), so a nonsensical header cannot overflow a date.</summary>
    public const double MaxSeconds = 86_400;

    public int? Limit { get; init; }

    public int? Remaining { get; init; }

    /// <summary>Time until the bucket refills (<c>X-RateLimit-Reset-After</c>, seconds with decimals).</summary>
    public TimeSpan? ResetAfter { get; init; }

    /// <summary>The bucket hash (<c>X-RateLimit-Bucket</c>), shared by routes that share a limit.</summary>
    public string? Bucket { get; init; }

    /// <summary><c>X-RateLimit-Global</c>: the 429 hit the bot's global limit.</summary>
    public bool Global { get; init; }

    /// <summary><c>X-RateLimit-Scope</c> on a 429: <c>user</c>, <c>global</c> or <c>shared</c>.</summary>
    public string? Scope { get; init; }

    /// <summary>The <c>Retry-After</c> header (seconds), used when a 429 has no JSON body.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when the response says how many requests are left and when that resets.</summary>
    public bool HasBucketState => Remaining is not null && ResetAfter is not null;

    /// <summary>A 429 on a shared resource: does not count towards the invalid-request limit.</summary>
    public bool IsSharedScope => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    public static RateLimitInfo Parse(HttpResponseHeaders headers) => new()
    {
        Limit = ReadInt(headers, "X-RateLimit-Limit"),
        Remaining = ReadInt(headers, "X-RateLimit-Remaining"),
        ResetAfter = ReadSeconds(headers, "X-RateLimit-Reset-After"),
        Bucket = Read(headers, "X-RateLimit-Bucket"),
        Global = string.Equals(Read(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Scope = Read(headers, "X-RateLimit-Scope"),
        RetryAfter = headers.RetryAfter?.Delta ?? ReadSeconds(headers, "Retry-After"),
    };

    private static string? Read(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        int.TryParse(Read(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    private static TimeSpan? ReadSeconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Read(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
            && double.IsFinite(seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, MaxSeconds))
            : null;
}
