using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Core.Search;

namespace ReportBot.Hosting;

/// <summary>Ready when an index is in service.</summary>
public sealed class IndexHealthCheck(ReportLibrary library) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var report = library.Current.Report;
            return Task.FromResult(HealthCheckResult.Healthy($"{report.Passages.Count} passages, corpus {report.ContentHash}"));
        }
        catch (Exception e) when (e is Core.Ingestion.CorpusException or IOException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}
