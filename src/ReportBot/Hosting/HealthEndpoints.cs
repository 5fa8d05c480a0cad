using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ReportBot.Hosting;

/// <summary>
/// <c>/healthz</c>: the process is alive. <c>/readyz</c>: the index is loaded and the state file open (else
/// unhealthy); degraded while the Discord gateway is down or Discord's or the Bot Connector's API keeps failing.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
