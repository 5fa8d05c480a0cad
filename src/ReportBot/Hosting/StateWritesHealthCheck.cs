using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.State;

namespace ReportBot.Hosting;

/// <summary>
/// Degraded while the state file refuses the queued writes (a full disk, a read-only file): the bot still answers,
/// but new conversations can't get digests and the answer log has a gap until it accepts them again.
/// </summary>
public sealed class StateWritesHealthCheck(StateWriteQueue queue) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = queue.Status;
        if (!status.Failing) return Task.FromResult(HealthCheckResult.Healthy());
        string since = status.FailingSince!.Value.ToString("u", CultureInfo.InvariantCulture);
        return Task.FromResult(HealthCheckResult.Degraded(
            $"the state file refuses writes since {since} ({status.Failures} failed tries, {queue.Pending} writes waiting, " +
            $"{queue.Dropped} dropped): {status.LastError}"));
    }
}
