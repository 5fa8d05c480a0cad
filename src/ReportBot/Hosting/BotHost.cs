using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReportBot.Configuration;
using ReportBot.Core.Conversations;
using ReportBot.Core.Options;
using ReportBot.Core.Search;
using ReportBot.Discord.Hosting;
using ReportBot.State;
using ReportBot.Teams.Hosting;
using ReportBot.Telemetry;
using ReportBot.WebChat;

namespace ReportBot.Hosting;

/// <summary>
/// The ASP.NET Core host: the answer engine, the SQLite state file, the chat page, the Bot Framework endpoint
/// and the health endpoints. <see cref="Build"/> is used by the executable and by tests alike.
/// </summary>
public static class BotHost
{
    public static WebApplication Build(HostSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        string root = ContentRoot.Locate();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Configuration.AddInMemoryCollection(settings.Overrides);
        SecretSettings.EnsureNotInFiles(builder.Configuration);
        builder.WebHost.UseUrls(settings.Urls ?? builder.Configuration["urls"] ?? HostSettings.DefaultUrls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // A ceiling for every endpoint; each one also applies its own, smaller limit to what it reads.
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });

        builder.Services.AddReportEngine(builder.Configuration, root);
        // Before the adapters, which would otherwise each register one knowing only their own secret.
        builder.Services.AddSingleton(new Core.Net.SecretRedactor(
            [builder.Configuration["Discord:BotToken"], builder.Configuration["MicrosoftAppPassword"]]));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddBotState(root);
        builder.Services.AddConversations(builder.Configuration);
        builder.Services.AddDigest(builder.Configuration);
        builder.Services.AddFeedback(builder.Configuration);
        builder.Services.AddBotTelemetry(builder.Configuration);
        builder.Services.AddSingleton<NewChatLimiter>();
        builder.Services.AddSingleton(sp => new WebConversationIds(sp.GetRequiredService<InstallationKeys>().GetOrCreate("web-conversations")));
        builder.Services.AddKnownProxies(builder.Configuration);
        builder.Services.AddTeamsAdapter(builder.Configuration);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        builder.Services.AddHealthChecks()
            .AddCheck<IndexHealthCheck>("index", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<StateHealthCheck>("state", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<StateWritesHealthCheck>("state-writes", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<DiscordGatewayHealthCheck>("discord-gateway", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<DiscordTokenHealthCheck>("discord-token", HealthStatus.Unhealthy, [HealthEndpoints.ReadyTag])
            .AddTypeActivatedCheck<OutboundHealthCheck>("discord-rest", null, [HealthEndpoints.ReadyTag], Discord.Rest.DiscordRestClient.HttpClientName)
            .AddTypeActivatedCheck<OutboundHealthCheck>("teams-connector", null, [HealthEndpoints.ReadyTag], Teams.Connector.ConnectorClient.HttpClientName);
        builder.Services.AddHostedService<StartupBanner>();
        builder.Services.AddSingleton<CorpusWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CorpusWatcher>());
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseKnownProxies();
        app.UseSecurityHeaders();
        app.UseBotMetricsEndpoint();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapHealthEndpoints();
        app.MapWebChat();
        app.MapBotFramework();
        app.MapDiscordInteractions();
        app.MapAdminEndpoints();
        return app;
    }

    /// <summary>Loads (or builds) the index and opens the state file before the first request is served.</summary>
    public static void Prepare(WebApplication app)
    {
        var index = app.Services.GetRequiredService<ReportLibrary>().Current;
        _ = app.Services.GetRequiredService<StateDatabase>();
        // The installation keys are made on first use, which is a write: made now, a full disk later can't fail a request.
        _ = app.Services.GetRequiredService<WebConversationIds>();
        _ = app.Services.GetRequiredService<Core.Feedback.VoterPseudonyms>();
        // Made before the server listens: interactions signed before this moment are refused as possibly answered
        // by an earlier process (see InteractionReplayCache).
        _ = app.Services.GetRequiredService<Discord.Interactions.InteractionReplayCache>();
        // The first query pays for JIT and analyzer set-up; pay it now rather than on a user's question.
        app.Services.GetRequiredService<Core.Answers.AnswerEngine>().Ask("warm up the index");
        app.Logger.LogDebug("Index {Location} ready", index.Location);
    }
}
