using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ReportBot.Core.Search;
using ReportBot.State;
using ReportBot.Teams.Hosting;

namespace ReportBot.Hosting;

/// <summary>Logs, once the server listens, one block saying what is on, where, and how to switch on the rest.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    ReportLibrary library,
    StateDatabase state,
    IOptions<BotCredentialsOptions> teams,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => logger.LogInformation("{Banner}", Describe()));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal string Describe()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? HostSettings.DefaultUrls;
        var index = library.Current;
        var sb = new StringBuilder("ReportBot is running\n");
        sb.Append($"  Chat page:        {address}/\n");
        sb.Append($"  Bot Framework:    {address}/api/messages\n");
        sb.Append(teams.Value.Enabled
            ? $"  Teams:            on (app {teams.Value.MicrosoftAppId}, {(teams.Value.SingleTenant ? "single-tenant" : "multi-tenant")}); every request needs a valid Bot Framework token\n"
            : "  Teams:            off — set MicrosoftAppId and MicrosoftAppPassword to enable; until then /api/messages accepts unauthenticated requests from this machine only\n");
        sb.Append("  Discord:          not available in this version\n");
        sb.Append($"  Report:           {index.Report.Metadata.Title} — {index.Report.Passages.Count} passages, {index.Report.Pillars?.Items.Count ?? 0} pillars\n");
        sb.Append($"  Index:            {index.Location}\n");
        sb.Append($"  State:            {state.Path}\n");
        sb.Append($"  Health:           {address}/healthz, {address}/readyz");
        return sb.ToString();
    }
}
