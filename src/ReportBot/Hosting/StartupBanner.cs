using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ReportBot.Core.Search;
using ReportBot.Discord.Hosting;
using ReportBot.State;
using ReportBot.Teams.Hosting;

namespace ReportBot.Hosting;

/// <summary>Logs, once the server listens, one block saying what is on, where, and how to switch on the rest.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    ReportLibrary library,
    Configuration.SemanticModel semantic,
    StateDatabase state,
    IOptions<BotCredentialsOptions> teams,
    IOptions<TeamsOptions> teamsEndpoint,
    IOptions<DiscordOptions> discord,
    IOptions<Telemetry.MetricsOptions> metrics,
    IOptions<ForwardedHeadersSettings> proxies,
    IConfiguration configuration,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => logger.LogInformation("{Banner}", Describe()));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string DiscordLine(DiscordOptions d, string address)
    {
        if (!d.RestEnabled && !d.InteractionsEndpointEnabled)
            return "  Discord:          off — set Discord__BotToken and Discord__ApplicationId (gateway), and Discord__PublicKey for HTTP interactions\n";
        var parts = new List<string>();
        parts.Add(d.GatewayEnabled ? "gateway on (mentions, DMs, slash commands)" : "gateway off");
        parts.Add(d.InteractionsEndpointEnabled ? $"interactions endpoint {address}/discord/interactions" : "no interactions endpoint (set Discord__PublicKey)");
        if (d.RegisterCommandsOnStart) parts.Add($"registering commands in {d.RegisterGuildId ?? "all servers"}");
        return $"  Discord:          {string.Join("; ", parts)}\n";
    }

    internal string Describe()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? HostSettings.DefaultUrls;
        var index = library.Current;
        var sb = new StringBuilder("ReportBot is running\n");
        sb.Append($"  Chat page:        {address}/\n");
        if (!teamsEndpoint.Value.Enabled)
            sb.Append("  Bot Framework:    off (Teams:Enabled=false): no /api/messages\n");
        else
        {
            sb.Append($"  Bot Framework:    {address}/api/messages\n");
            sb.Append(teams.Value.Enabled
                ? $"  Teams:            on (app {teams.Value.MicrosoftAppId}, {(teams.Value.SingleTenant ? "single-tenant" : "multi-tenant")}); every request needs a valid Bot Framework token\n"
                : "  Teams:            off — set MicrosoftAppId and MicrosoftAppPassword to enable; until then /api/messages accepts unauthenticated requests "
                  + "from this machine only, and refuses anything that came through a tunnel or proxy\n");
        }
        string hosts = configuration["AllowedHosts"] is { Length: > 0 } allowed ? allowed.Replace(";", ", ", StringComparison.Ordinal) : "*";
        sb.Append($"  Host names:       {hosts} (AllowedHosts; add your public host name to serve it)\n");
        var p = proxies.Value;
        sb.Append(p.Enabled
            ? $"  Proxies:          forwarded headers believed from {string.Join(", ", p.KnownProxies.Concat(p.KnownNetworks))}\n"
            : "  Proxies:          none trusted (ForwardedHeaders:KnownProxies / KnownNetworks)\n");
        sb.Append(DiscordLine(discord.Value, address));
        sb.Append($"  Report:           {index.Report.Metadata.Title} — {index.Report.Passages.Count} passages, {index.Report.Pillars?.Items.Count ?? 0} pillars\n");
        sb.Append($"  Meaning model:    {semantic.Status}\n");
        sb.Append($"  Index:            {index.Location}\n");
        sb.Append($"  State:            {state.Path}\n");
        sb.Append($"  Health:           {address}/healthz, {address}/readyz\n");
        var m = metrics.Value;
        sb.Append(m.Enabled
            ? $"  Metrics:          {address}{m.Path} (Prometheus; {(m.AllowRemote ? "any caller" : "local callers only, never through a proxy")})"
            : "  Metrics:          off (Metrics:Enabled)");
        return sb.ToString();
    }
}
