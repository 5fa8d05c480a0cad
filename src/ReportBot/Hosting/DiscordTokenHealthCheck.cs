using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Discord.Rest;

namespace ReportBot.Hosting;

/// <summary>
/// Unhealthy once Discord has refused the bot token: unlike a Discord outage this does not pass, nothing is posted to
/// Discord until an operator sets a new token and restarts.
/// </summary>
public sealed class DiscordTokenHealthCheck(BotTokenStatus token) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(token.RefusedAt is { } at
            ? new HealthCheckResult(context.Registration.FailureStatus,
                $"Discord refused the bot token at {at.ToString("u", CultureInfo.InvariantCulture)}; set a new Discord__BotToken and restart")
            : HealthCheckResult.Healthy());
}
