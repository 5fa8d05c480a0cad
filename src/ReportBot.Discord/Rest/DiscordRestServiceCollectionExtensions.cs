using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReportBot.Core.Health;
using ReportBot.Core.Net;
using ReportBot.Discord.Hosting;

namespace ReportBot.Discord.Rest;

/// <summary>Registers <see cref="DiscordRestClient"/> (the <see cref="DiscordOptions"/> binding is left to the host).</summary>
public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>
    /// Adds the named HttpClient <see cref="DiscordRestClient.HttpClientName"/> (no resilience handler: the client does
    /// its own rate-limit-aware retries; no URI-logging handlers: paths carry interaction tokens), <see cref="DiscordRestClientOptions"/> bound from
    /// <see cref="DiscordRestClientOptions.Section"/> when a configuration is given, a <see cref="TimeProvider"/> if none
    /// is registered, and <see cref="IDiscordRestClient"/> as a singleton (the rate-limit state lives in it). Every attempt
    /// is recorded in the <see cref="OutboundCallTrackers"/> entry named after the client, for readiness.
    /// </summary>
    public static IServiceCollection AddDiscordRestClient(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<DiscordRestClientOptions>();
        if (configuration is not null) options.Bind(configuration.GetSection(DiscordRestClientOptions.Section));
        options.ValidateDataAnnotations().ValidateOnStart();

        // The factory's default loggers write full request URIs, and interaction tokens are in the path of the
        // callback and webhook routes: they are removed; the client logs route templates only.
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigureHttpClient((sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<DiscordRestClientOptions>>().Value.RequestTimeout)
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new OutboundCallTrackingHandler(sp.GetRequiredService<OutboundCallTrackers>().For(DiscordRestClient.HttpClientName), sp.GetService<ReportBot.Core.Telemetry.BotMetrics>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboundCallTrackers>();
        services.TryAddSingleton<BotTokenStatus>();
        // The host registers one that knows every secret; alone, this adapter at least keeps its own token out.
        services.TryAddSingleton(sp => new SecretRedactor([sp.GetRequiredService<IOptions<DiscordOptions>>().Value.BotToken]));
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<IDiscordRestClient>(sp => sp.GetRequiredService<DiscordRestClient>());
        return services;
    }
}
