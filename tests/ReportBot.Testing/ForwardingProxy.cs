using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ReportBot.Testing;

/// <summary>
/// A reverse proxy on loopback in front of the bot (YARP's direct forwarder), as a tunnel or a local nginx would be:
/// it connects to the bot from 127.0.0.1 and adds <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> on behalf of
/// whoever called it.
/// </summary>
public sealed class ForwardingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ForwardingProxy(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>A client whose requests go through the proxy.</summary>
    public HttpClient Client { get; }

    public static async Task<ForwardingProxy> StartAsync(Uri destination)
    {
        var (app, address) = await LoopbackServer.StartAsync(
            app => app.MapForwarder("/{**path}", destination.ToString()),
            services => services.AddHttpForwarder());
        return new ForwardingProxy(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
