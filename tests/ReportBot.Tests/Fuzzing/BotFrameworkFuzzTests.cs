using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Teams.Connector;
using ReportBot.Testing;
using ReportBot.Testing.Fuzzing;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Fuzzing;

/// <summary>
/// <c>POST /api/messages</c> on the real host, with a registration (tokens checked against a local OpenID endpoint)
/// and in local mode: thousands of mutated activities, authenticated and forged. Nothing may answer 5xx or log an
/// error, forged requests must never be accepted nor cause anything to be sent, and the bot must still answer
/// afterwards.
/// </summary>
public sealed class BotFrameworkFuzzTests(ITestOutputHelper output)
{
    private const string AppId = "7c2b9a41-0e3d-4f6a-8b5c-1d2e3f4a5b6c";
    private const int MaxRequestBytes = 256 * 1024;

    [Fact]
    public async Task Authenticated_endpoint_survives_2500_mutated_activities_and_forged_ones_send_nothing()
    {
        int seed = FuzzSeed.Value;
        output.WriteLine($"seed {seed} ({FuzzSeed.Variable})");
        var key = new TestSigningKey("fuzz-channel-key", "msteams", "emulator", "webchat", "directline");
        var stranger = new TestSigningKey("fuzz-stranger-key", "msteams");
        await using var openId = await FakeOpenIdServer.StartAsync("https://api.botframework.com", key);
        await using var tokens = await FakeTokenService.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        var errors = new ErrorLogCapture();
        await using var host = await TestBotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-a-real-secret",
                ["Teams:OpenIdMetadataUrl"] = openId.MetadataUrl,
                ["Teams:RequireHttpsMetadata"] = "false",
            },
            builder =>
            {
                builder.Logging.AddProvider(errors);
                builder.Services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigurePrimaryHttpMessageHandler(tokens.RedirectingHandler);
            });

        string Mint(TestSigningKey signer, string? serviceUrl = null, string audience = AppId, string issuer = "https://api.botframework.com",
            int expiresInMinutes = 55) =>
            TestTokens.Mint(signer.Credentials(), issuer, audience, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(expiresInMinutes),
                new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? connector.ServiceUrl });
        string valid = Mint(key);
        string?[] forgeries =
        [
            null, "Bearer", "Bearer ", "Bearer not.a.jwt", "Basic dXNlcjpwYXNz", "bearer " + Mint(stranger), "Bearer " + Mint(stranger),
            "Bearer " + Mint(key, expiresInMinutes: -10), "Bearer " + Mint(key, audience: "someone-else"),
            "Bearer " + Mint(key, serviceUrl: "https://evil.example/"), "Bearer " + Mint(key, issuer: "https://evil.example"),
            "Bearer " + TestTokens.TamperSignature(valid), "Bearer " + TestTokens.SwapPayload(valid, Mint(key, audience: "x")),
            "Bearer " + TestTokens.Unsigned(new Dictionary<string, object> { ["alg"] = "none", ["kid"] = key.KeyId },
                new Dictionary<string, object> { ["iss"] = "https://api.botframework.com", ["aud"] = AppId, ["serviceurl"] = connector.ServiceUrl }),
            "Bearer " + new string('A', 20_000), "Bearer " + valid[..^3],
        ];

        var mutator = new PayloadMutator(seed, MaxRequestBytes);
        var templates = ActivityTemplates.All(connector.ServiceUrl);
        var findings = new FuzzFindings(seed);
        var clock = Stopwatch.StartNew();

        // Forged first, so anything the connector or the token service ever saw would have come from them.
        await FuzzFindings.RunAsync(1_200, async i =>
        {
            var payload = mutator.Create(i, templates[i % templates.Count]);
            string? authorization = forgeries[i % forgeries.Length];
            int status = await PostAsync(host.Client, payload.Bytes, authorization);
            if (status is < 400 or >= 500) findings.Add(payload, $"forged ({Shorten(authorization)}) answered {status}");
        });
        // Every one of them got a 4xx (anything else is a finding above), which the endpoint answers before the
        // activity reaches the processor, the only part that queues replies: once the answers are in, nothing is on its way.
        if (!connector.Requests.IsEmpty) findings.Add($"{connector.Requests.Count} request(s) reached the connector after forged activities only");
        if (tokens.TokenRequests != 0) findings.Add($"{tokens.TokenRequests} outbound token(s) were fetched after forged activities only");

        await FuzzFindings.RunAsync(1_300, async i =>
        {
            var payload = mutator.Create(10_000 + i, templates[i % templates.Count]);
            int status = await PostAsync(host.Client, payload.Bytes, "Bearer " + valid);
            if (status >= 500) findings.Add(payload, $"authenticated answered {status}");
        });
        output.WriteLine($"2,500 activities in {clock.Elapsed.TotalSeconds:0.0} s; {connector.Received.Count} replies reached the connector");

        await AssertStillServingAsync(host, connector, findings, "Bearer " + valid);
        if (errors.Errors.Count > 0) findings.Add("errors were logged:\n" + errors.Describe());
        findings.AssertNone();
    }

    [Fact]
    public async Task Local_mode_endpoint_survives_1500_mutated_activities_and_sends_nothing_to_other_hosts()
    {
        int seed = FuzzSeed.Value;
        output.WriteLine($"seed {seed} ({FuzzSeed.Variable})");
        await using var connector = await FakeBotConnector.StartAsync();
        var errors = new ErrorLogCapture();
        await using var host = await TestBotHost.StartAsync(configure: builder => builder.Logging.AddProvider(errors));

        var mutator = new PayloadMutator(seed + 1, MaxRequestBytes);
        var elsewhere = ActivityTemplates.All("https://evil.example/");
        var local = ActivityTemplates.All(connector.ServiceUrl);
        var findings = new FuzzFindings(seed);
        var clock = Stopwatch.StartNew();

        // Local mode accepts requests without a token from this machine, but only ever replies to this machine; a
        // token that is sent anyway is checked, and fails here, as there is no registration to check it against.
        await FuzzFindings.RunAsync(500, async i =>
        {
            bool withToken = i % 2 == 0;
            var payload = mutator.Create(i, (withToken ? local : elsewhere)[i % local.Count]);
            int status = await PostAsync(host.Client, payload.Bytes, withToken ? "Bearer eyJhbGciOiJub25lIn0.e30." : null);
            if (status is < 400 or >= 500) findings.Add(payload, $"{(withToken ? "unverifiable token" : "remote serviceUrl")} answered {status}");
        });
        // Refused with a 4xx before the processor, as above: nothing can be on its way.
        if (!connector.Requests.IsEmpty) findings.Add($"{connector.Requests.Count} request(s) reached the connector after refused activities only");

        await FuzzFindings.RunAsync(1_000, async i =>
        {
            var payload = mutator.Create(10_000 + i, local[i % local.Count]);
            int status = await PostAsync(host.Client, payload.Bytes, null);
            if (status >= 500) findings.Add(payload, $"local answered {status}");
        });
        output.WriteLine($"1,500 activities in {clock.Elapsed.TotalSeconds:0.0} s; {connector.Received.Count} replies reached the connector");

        await AssertStillServingAsync(host, connector, findings, null);
        if (errors.Errors.Count > 0) findings.Add("errors were logged:\n" + errors.Describe());
        findings.AssertNone();
    }

    /// <summary>Alive, ready, and a plain question from a new user in a new conversation still gets its answer.</summary>
    private static async Task AssertStillServingAsync(TestBotHost host, FakeBotConnector connector, FuzzFindings findings, string? authorization)
    {
        var healthz = await host.Client.GetAsync("/healthz");
        if (healthz.StatusCode != HttpStatusCode.OK) findings.Add($"/healthz answered {(int)healthz.StatusCode}");
        var readyz = await host.Client.GetAsync("/readyz");
        string ready = await readyz.Content.ReadAsStringAsync();
        if (readyz.StatusCode != HttpStatusCode.OK || ready != "Healthy") findings.Add($"/readyz answered {(int)readyz.StatusCode} {ready}");

        string probe = $$"""
            {"type":"message","id":"probe-1","channelId":"msteams","serviceUrl":"{{connector.ServiceUrl}}","from":{"id":"29:probe-user"},
             "recipient":{"id":"{{ActivityTemplates.BotId}}"},"conversation":{"id":"a:probe-conversation"},"text":"pillar 4"}
            """;
        int status = await PostAsync(host.Client, Encoding.UTF8.GetBytes(probe), authorization);
        if (status != 200)
        {
            findings.Add($"a valid activity after the run answered {status}");
            return;
        }
        try
        {
            await connector.WaitUntilAsync(() => connector.Received.Any(r => r.ConversationId == "a:probe-conversation"), "the probe's reply");
        }
        catch (TimeoutException)
        {
            // Said below.
        }
        var reply = connector.Received.FirstOrDefault(r => r.ConversationId == "a:probe-conversation");
        if (reply is null || !reply.Visible.Contains("Pillar 4", StringComparison.Ordinal))
            findings.Add("a valid question after the run got no answer");
    }

    private static async Task<int> PostAsync(HttpClient client, byte[] body, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static string Shorten(string? value) => value is null ? "no header" : value.Length > 30 ? value[..30] + "…" : value;
}
