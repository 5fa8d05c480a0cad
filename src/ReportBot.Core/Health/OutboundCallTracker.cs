namespace ReportBot.Core.Health;

/// <summary>
/// The recent outcomes of one kind of outbound call (one platform's API), for readiness. The platform is in trouble
/// while its last <see cref="FailuresToDegrade"/> calls all failed (5xx, no answer in time, connection lost) within
/// <see cref="Window"/>; a single success ends it. Answers that prove the platform is up (2xx–4xx) count as
/// successes; 429s count as neither, since waiting is all they ask.
/// </summary>
public sealed class OutboundCallTracker
{
    public const int DefaultFailuresToDegrade = 3;

    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _failures = new();
    private readonly TimeProvider _time;
    private string? _lastFailure;

    public OutboundCallTracker(string name, TimeProvider time, int failuresToDegrade = DefaultFailuresToDegrade, TimeSpan? window = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failuresToDegrade, 1);
        Name = name;
        _time = time;
        FailuresToDegrade = failuresToDegrade;
        Window = window ?? DefaultWindow;
    }

    /// <summary>What is called, e.g. the name of the HttpClient that calls it.</summary>
    public string Name { get; }

    public int FailuresToDegrade { get; }

    public TimeSpan Window { get; }

    public void RecordSuccess()
    {
        lock (_lock) _failures.Clear();
    }

    public void RecordFailure(string reason)
    {
        lock (_lock)
        {
            // Only the latest failures matter: the streak's length is capped, its times kept.
            if (_failures.Count == FailuresToDegrade) _failures.Dequeue();
            _failures.Enqueue(_time.GetUtcNow());
            _lastFailure = reason;
        }
    }

    /// <summary>Null when healthy; otherwise what went wrong, for the health check's description.</summary>
    public string? Trouble()
    {
        lock (_lock)
        {
            if (_failures.Count < FailuresToDegrade || _time.GetUtcNow() - _failures.Peek() > Window) return null;
            return $"the last {_failures.Count} calls failed, the latest at {_failures.Last():HH:mm:ss}Z: {_lastFailure}";
        }
    }
}
