using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Discord.Gateway;

namespace ReportBot.Hosting;

/// <summary>
/// The Discord gateway's state in <c>/readyz</c>: degraded (not unhealthy: the chat page and Teams still work) while
/// it reconnects or after it stopped for good, with the reason.
/// </summary>
public sealed class DiscordGatewayHealthCheck(DiscordGatewayClient gateway) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = gateway.Status;
        return Task.FromResult(status.State switch
        {
            GatewayState.Connected or GatewayState.Disabled or GatewayState.NotStarted => HealthCheckResult.Healthy(status.State.ToString()),
            _ => HealthCheckResult.Degraded($"{status.State}: {status.Reason}"),
        });
    }
}
