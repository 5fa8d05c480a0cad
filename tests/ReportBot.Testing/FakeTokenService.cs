using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Testing;

/// <summary>
/// A Microsoft Entra token endpoint on loopback for client-credentials requests
/// (<c>POST /{tenant}/oauth2/v2.0/token</c>), counting how often a token is asked for.
/// </summary>
public sealed class FakeTokenService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _tokenRequests;

    private FakeTokenService(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public string AccessToken { get; } = "connector-token-" + Guid.NewGuid().ToString("N")[..8];

    public List<string> Tenants { get; } = [];

    public static async Task<FakeTokenService> StartAsync()
    {
        FakeTokenService? service = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
            app.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant, HttpContext context) =>
            {
                Interlocked.Increment(ref service!._tokenRequests);
                lock (service.Tenants) service.Tenants.Add(tenant);
                return Results.Json(new Dictionary<string, object>
                {
                    ["token_type"] = "Bearer",
                    ["expires_in"] = 3600,
                    ["ext_expires_in"] = 3600,
                    ["access_token"] = service.AccessToken,
                });
            }));
        service = new FakeTokenService(app, address);
        return service;
    }

    /// <summary>A handler that sends every request (MSAL calls https://login.microsoftonline.com) to this fake instead.</summary>
    public HttpMessageHandler RedirectingHandler() => new Redirect(Address);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private sealed class Redirect(Uri target) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
