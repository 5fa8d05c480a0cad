using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.State;

namespace ReportBot.Hosting;

/// <summary>
/// Ready when the SQLite state file answers a query and SQLite's <c>quick_check</c> finds it sound. quick_check reads
/// the whole file, so its result is kept for <see cref="QuickCheckInterval"/> rather than paid for on every probe;
/// a page damaged while the bot runs shows up within that time. Registered as a singleton so the result is shared
/// (health checks are otherwise made afresh for each probe).
/// </summary>
public sealed class StateHealthCheck(StateDatabase database, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan QuickCheckInterval = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private DateTimeOffset? _checkedAt;
    private string? _damage;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsHealthy()) return Task.FromResult(HealthCheckResult.Unhealthy("the state file cannot be read"));
        try
        {
            return Task.FromResult(Damage() is { } damage
                ? HealthCheckResult.Unhealthy($"{damage} Stop the bot, then restore the file from a backup or move it aside.")
                : HealthCheckResult.Healthy());
        }
        catch (SqliteException e)
        {
            // Kept from reading the file (e.g. locked) rather than finding it damaged: not remembered, the next probe tries again.
            return Task.FromResult(HealthCheckResult.Unhealthy("the state file could not be checked", e));
        }
    }

    private string? Damage()
    {
        // One probe runs the check while any others arriving meanwhile wait for its answer instead of each reading the file.
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_checkedAt is not { } at || now - at >= QuickCheckInterval || now < at)
            {
                _damage = database.FindDamage();
                _checkedAt = now;
            }
            return _damage;
        }
    }
}
