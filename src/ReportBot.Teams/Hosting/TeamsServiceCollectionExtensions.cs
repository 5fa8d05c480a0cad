using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using ReportBot.Core.Health;
using ReportBot.Core.Net;
using ReportBot.Teams.Authentication;
using ReportBot.Teams.Connector;

namespace ReportBot.Teams.Hosting;

/// <summary>Registers the Bot Framework adapter (Teams, Emulator, Web Chat, Direct Line) and maps its endpoint.</summary>
public static class TeamsServiceCollectionExtensions
{
    public const string MetadataHttpClientName = "botframework-metadata";

    public static IServiceCollection AddTeamsAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsValidator>();
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddTimeProvider();

        // The authenticator keeps this client for the life of the process, so connections are recycled by the handler
        // itself (picking up DNS changes) rather than by the factory's handler rotation.
        services.AddHttpClient(MetadataHttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<IBotAuthenticator>(sp =>
        {
            var credentials = sp.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
            var teams = sp.GetRequiredService<IOptions<TeamsOptions>>().Value;
            return new BotFrameworkAuthenticator(
                new BotAuthenticationOptions
                {
                    AppId = credentials.MicrosoftAppId,
                    TenantId = credentials.SingleTenant ? credentials.MicrosoftAppTenantId : null,
                    ChannelOpenIdMetadataUrl = teams.OpenIdMetadataUrl,
                    EmulatorOpenIdMetadataUrl = teams.EmulatorOpenIdMetadataUrl,
                    RequireHttpsMetadata = teams.RequireHttpsMetadata,
                },
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataHttpClientName),
                sp.GetRequiredService<TimeProvider>());
        });

        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        var connector = services.AddHttpClient(ConnectorClient.HttpClientName);
        connector
            .AddStandardResilienceHandler(resilience =>
            {
                // 429 and 5xx are retried, waiting as long as Retry-After says when it is given; bounded. A request
                // that timed out may have been posted already, so it is not retried: a lost reply is better than two.
                resilience.Retry.MaxRetryAttempts = 3;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.Retry.ShouldHandle = args => ValueTask.FromResult(ConnectorRetryPolicy.ShouldRetry(args.Outcome));
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(60);
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
                // A host that keeps timing out is given up on quickly: its queued replies then fail fast instead of each
                // holding a worker for the whole attempt timeout (the default needs 100 calls before it looks).
                resilience.CircuitBreaker.MinimumThroughput = 8;
                resilience.CircuitBreaker.FailureRatio = 0.5;
                resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(15);
            })
            .Configure((resilience, sp) => resilience.AttemptTimeout.Timeout = sp.GetRequiredService<IOptions<TeamsOptions>>().Value.ConnectorTimeout)
            // One circuit per connector host: a dead regional endpoint must not stop replies to the others.
            .SelectPipelineBy(sp =>
            {
                var keys = sp.GetRequiredService<ConnectorHostKeys>();
                return request => keys.For(request.RequestUri!);
            });
        services.TryAddSingleton<ConnectorHostKeys>();
        // Innermost, so every attempt is recorded for readiness, retries included.
        services.TryAddSingleton<OutboundCallTrackers>();
        connector.AddHttpMessageHandler(sp => new OutboundCallTrackingHandler(sp.GetRequiredService<OutboundCallTrackers>().For(ConnectorClient.HttpClientName), sp.GetService<ReportBot.Core.Telemetry.BotMetrics>()));
        // The host registers one that knows every secret; alone, this adapter at least keeps its own password out.
        services.TryAddSingleton(sp => new SecretRedactor([sp.GetRequiredService<IOptions<BotCredentialsOptions>>().Value.MicrosoftAppPassword]));
        services.AddSingleton<ConnectorClient>();

        services.AddSingleton<OutboundQueue>();
        services.AddHostedService<OutboundSender>();
        services.AddSingleton<BotMessageProcessor>();
        services.AddSingleton<BotFrameworkEndpoint>();
        services.AddSingleton<ReportBot.Core.Digest.IDigestSender, ReportBot.Teams.Digest.TeamsDigestSender>();
        return services;
    }

    /// <summary>Maps <c>POST /api/messages</c> unless <see cref="TeamsOptions.Enabled"/> is off.</summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value.Enabled)
            endpoints.MapPost("/api/messages", (HttpContext context, BotFrameworkEndpoint endpoint) => endpoint.HandleAsync(context));
        return endpoints;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
