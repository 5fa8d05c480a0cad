namespace ReportBot.Teams.Authentication;

/// <summary>
/// Lets a forced refresh through at most once per interval. Unknown <c>kid</c> values come from the caller's token,
/// so without this an attacker could make every request refetch the keys.
/// </summary>
internal sealed class RefreshGate(TimeProvider timeProvider, TimeSpan minimumInterval)
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _lastForced;

    /// <summary>True (and the interval starts again) when the last forced refresh is long enough ago.</summary>
    public bool TryEnter()
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (_lastForced is { } last && now - last < minimumInterval)
            {
                return false;
            }

            _lastForced = now;
            return true;
        }
    }
}
