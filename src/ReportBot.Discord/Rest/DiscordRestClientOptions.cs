using System.ComponentModel.DataAnnotations;

namespace ReportBot.Discord.Rest;

/// <summary>
/// Configuration section <c>Discord:Rest</c>: how hard the REST client retries and how it protects the bot from
/// Discord's invalid-request ban. The defaults suit production.
/// </summary>
public sealed class DiscordRestClientOptions
{
    public const string Section = "Discord:Rest";

    /// <summary>Retries after a 5xx or a network error (so at most this + 1 attempts), with exponential backoff.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; each further retry doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Retries after a 429 (each waits as long as Discord says).</summary>
    [Range(0, 20)]
    public int MaxRateLimitRetries { get; set; } = 5;

    /// <summary>A 429 asking to wait longer than this fails the request instead (the bucket stays blocked).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Invalid requests (401, 403, non-shared 429) within <see cref="InvalidRequestWindow"/> after which the client
    /// refuses to send. Discord's limit is 10,000 per 10 minutes per IP; this stays well below it.
    /// </summary>
    [Range(1, 9_000)]
    public int InvalidRequestThreshold { get; set; } = 2_500;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan InvalidRequestWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Timeout of one attempt (the named HttpClient's timeout when registered by AddDiscordRestClient).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The backoff before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan BackoffFor(int retry)
    {
        double factor = Math.Pow(2, Math.Clamp(retry - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
