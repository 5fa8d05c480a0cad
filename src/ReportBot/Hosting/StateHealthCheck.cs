using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.State;

namespace ReportBot.Hosting;

/// <summary>Ready when the SQLite state file answers a query.</summary>
public sealed class StateHealthCheck(StateDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.IsHealthy() ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the state file cannot be read"));
}
