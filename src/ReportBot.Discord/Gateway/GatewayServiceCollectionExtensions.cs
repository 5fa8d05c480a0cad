using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReportBot.Discord.Gateway;

/// <summary>Registers the gateway client and the hosted service that runs it.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DiscordGatewayClient"/> (singleton; its <see cref="DiscordGatewayClient.Status"/> is for health
    /// checks) and <see cref="DiscordGatewayService"/>. Needs <c>IOptions&lt;DiscordOptions&gt;</c>, an
    /// <see cref="Rest.IDiscordRestClient"/> and an <see cref="IGatewayEventHandler"/>; the service does nothing when
    /// <c>DiscordOptions.GatewayEnabled</c> is false. An optional <see cref="GatewayClientSettings"/> singleton overrides the timings.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordGatewayClient>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
