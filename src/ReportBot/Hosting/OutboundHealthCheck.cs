using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Core.Health;

namespace ReportBot.Hosting;

/// <summary>
/// A platform's API in <c>/readyz</c>: degraded (not unhealthy: the bot still answers elsewhere, and retries here)
/// while its recent calls keep failing, with what went wrong; healthy again after the next call that succeeds.
/// </summary>
public sealed class OutboundHealthCheck(OutboundCallTrackers trackers, string trackerName) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(trackers.For(trackerName).Trouble() is { } trouble
            ? HealthCheckResult.Degraded($"{trackerName}: {trouble}")
            : HealthCheckResult.Healthy());
}
