using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ReportBot.Core.Telemetry;

namespace ReportBot.Telemetry;

/// <summary>
/// OpenTelemetry for the host: the bot's meter plus the built-in ones of ASP.NET Core, HttpClient and the runtime (GC, memory, threads), scraped as
/// Prometheus text on <c>/metrics</c>; spans around each turn (and the requests around them) exported over OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class TelemetryExtensions
{
    private const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("reportbot"))
            .WithMetrics(metrics => metrics
                .AddMeter(BotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime")
                .AddPrometheusExporter());
        // Without a collector to send them to, spans would be made and dropped on every request: only listen when
        // there is one.
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
            telemetry.WithTracing(tracing => tracing
                .AddSource(BotTracing.SourceName, "Microsoft.AspNetCore", "System.Net.Http")
                .AddOtlpExporter());
        return services;
    }

    public static WebApplication UseBotMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value;
        if (!options.Enabled) return app;
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: context => context.Request.Path == options.Path
                && (options.AllowRemote || Hosting.LocalCallerExtensions.IsLocalCaller(context)),
            path: null,
            configureBranchedPipeline: null,
            optionsName: null);
        return app;
    }
}
