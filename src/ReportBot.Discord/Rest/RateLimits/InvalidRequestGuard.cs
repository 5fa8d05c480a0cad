namespace ReportBot.Discord.Rest.RateLimits;

/// <summary>
/// Counts invalid requests (401, 403, and 429 unless its scope is <c>shared</c>) over a sliding window. Discord
/// restricts an IP after 10,000 in 10 minutes; once <see cref="Threshold"/> is reached the client stops sending
/// until old entries age out.
/// </summary>
public sealed class InvalidRequestGuard(int threshold, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();

    public int Threshold { get; } = threshold > 0 ? threshold : throw new ArgumentOutOfRangeException(nameof(threshold));

    public TimeSpan Window { get; } = window > TimeSpan.Zero ? window : throw new ArgumentOutOfRangeException(nameof(window));

    /// <summary>Whether a response with this status (and rate-limit headers) counts as invalid.</summary>
    public static bool Counts(int status, RateLimitInfo info) =>
        status is 401 or 403 || (status == 429 && !info.IsSharedScope);

    /// <summary>Invalid requests within the window ending at <paramref name="now"/>.</summary>
    public int CountAt(DateTimeOffset now)
    {
        lock (_lock)
        {
            Expire(now);
            return _recent.Count;
        }
    }

    /// <summary>False once the threshold is reached: the request must not be sent.</summary>
    public bool TryAcquire(DateTimeOffset now) => CountAt(now) < Threshold;

    public void Record(DateTimeOffset now)
    {
        lock (_lock)
        {
            Expire(now);
            _recent.Enqueue(now);
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_recent.TryPeek(out var oldest) && now - oldest >= Window) _recent.Dequeue();
    }
}
