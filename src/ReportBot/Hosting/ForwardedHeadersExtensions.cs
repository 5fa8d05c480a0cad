using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ReportBot.Hosting;

/// <summary>
/// ASP.NET Core's forwarded-headers middleware, on only for the proxies configured in <see cref="ForwardedHeadersSettings"/>.
/// Its own defaults trust any proxy on loopback, which is exactly what a tunnel on this machine is, so they are cleared.
/// </summary>
public static class ForwardedHeadersExtensions
{
    public static IServiceCollection AddKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ForwardedHeadersSettings>().Bind(configuration.GetSection(ForwardedHeadersSettings.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.Value.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.Value.KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    public static WebApplication UseKnownProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Enabled) app.UseForwardedHeaders();
        return app;
    }
}
