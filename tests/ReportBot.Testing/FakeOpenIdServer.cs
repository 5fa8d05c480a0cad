using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBot.Testing;

/// <summary>
/// A real OpenID metadata endpoint on loopback (Kestrel, random port) serving an openidconfiguration document and a JWKS
/// of test keys with endorsements. Counts requests per path so tests can see what was fetched.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string MetadataPath = "/.well-known/openidconfiguration";
    public const string KeysPath = "/.well-known/keys";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private volatile TestSigningKey[] _keys;

    private FakeOpenIdServer(WebApplication app, TestSigningKey[] keys, string baseUrl)
    {
        _app = app;
        _keys = keys;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string MetadataUrl => BaseUrl + MetadataPath;

    public int MetadataRequests => _requests.GetValueOrDefault(MetadataPath);

    public int KeysRequests => _requests.GetValueOrDefault(KeysPath);

    /// <param name="issuer">What the metadata document claims as issuer (the authenticator uses its own issuer list).</param>
    public static async Task<FakeOpenIdServer> StartAsync(string issuer, params TestSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");

        FakeOpenIdServer? server = null;
        app.MapGet(MetadataPath, () =>
        {
            server!.Count(MetadataPath);
            return Results.Content(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = server.BaseUrl + KeysPath,
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            }), "application/json");
        });
        app.MapGet(KeysPath, () =>
        {
            server!.Count(KeysPath);
            var jwks = new { keys = server._keys.Select(k => k.ToJwk()).ToArray() };
            return Results.Content(JsonSerializer.Serialize(jwks), "application/json");
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new FakeOpenIdServer(app, keys, address.TrimEnd('/'));
        return server;
    }

    /// <summary>Replaces the published keys, as a key rollover would.</summary>
    public void PublishKeys(params TestSigningKey[] keys) => _keys = keys;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Count(string path) => _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
}
