using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ReportBot.Discord.Gateway;
using ReportBot.Discord.Interactions;
using ReportBot.Discord.Messages;
using ReportBot.Discord.Rest;

namespace ReportBot.Discord.Hosting;

/// <summary>Registers the Discord adapter: REST, the HTTP interactions endpoint, the gateway, and command registration.</summary>
public static class DiscordServiceCollectionExtensions
{
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddDiscordRestClient(configuration);
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<InteractionProcessor>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<MessageReplier>();
        services.AddSingleton<IGatewayEventHandler, DiscordGatewayEvents>();
        services.AddSingleton(sp => new InteractionSignatureVerifier(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey ?? ""));
        services.AddSingleton<InteractionReplayCache>();
        services.AddSingleton<InteractionsEndpoint>();
        services.AddSingleton<ReportBot.Core.Digest.IDigestSender, ReportBot.Discord.Digest.DiscordDigestSender>();
        services.AddDiscordGateway();
        services.AddHostedService<CommandRegistrationOnStart>();
        return services;
    }

    /// <summary>Maps <c>POST /discord/interactions</c> when a public key is configured.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value;
        if (options.InteractionsEndpointEnabled)
            endpoints.MapPost(InteractionsEndpoint.Path, (HttpContext context, InteractionsEndpoint endpoint) => endpoint.HandleAsync(context));
        return endpoints;
    }
}
