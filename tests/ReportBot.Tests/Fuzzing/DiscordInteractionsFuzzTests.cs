using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ReportBot.Testing;
using ReportBot.Testing.Fuzzing;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Fuzzing;

/// <summary>
/// <c>POST /discord/interactions</c> on the real host: thousands of mutated interactions, correctly signed and
/// forged. Nothing may answer 5xx or log an error; forged requests (and correctly signed ones with a stale or
/// malformed timestamp) get 401 (or 413 when too big to read) and never cause a call to Discord; a signed request
/// that was answered is refused when sent again; the bot still answers afterwards.
/// </summary>
public sealed class DiscordInteractionsFuzzTests(ITestOutputHelper output)
{
    private const int MaxRequestBytes = 64 * 1024;

    [Fact]
    public async Task Interactions_endpoint_survives_3500_mutated_interactions_and_forged_or_replayed_ones_reach_nothing()
    {
        int seed = FuzzSeed.Value;
        output.WriteLine($"seed {seed} ({FuzzSeed.Variable})");
        using var keys = new DiscordTestKeys();
        using var stranger = new DiscordTestKeys();
        await using var discord = await FakeDiscord.StartAsync();
        var errors = new ErrorLogCapture();
        var settings = discord.Settings(gateway: false);
        settings["Discord:PublicKey"] = keys.PublicKeyHex;
        await using var host = await TestBotHost.StartAsync(settings, builder => builder.Logging.AddProvider(errors));

        var mutator = new PayloadMutator(seed + 2, MaxRequestBytes);
        var templates = InteractionTemplates.All();
        var findings = new FuzzFindings(seed);
        var clock = Stopwatch.StartNew();

        await FuzzFindings.RunAsync(1_500, async i =>
        {
            var payload = mutator.Create(i, templates[i % templates.Count]);
            var (signature, timestamp, how) = Forge(i, payload.Bytes, keys, stranger);
            int status = await PostAsync(host.Client, payload.Bytes, signature, timestamp);
            bool refused = status == 401 || (status == 413 && payload.Bytes.Length > MaxRequestBytes);
            if (!refused) findings.Add(payload, $"forged ({how}) answered {status}");
        });
        // Every one of them was refused (401, or 413 for an oversized body; anything else is a finding above), and
        // the endpoint refuses before the interaction reaches a handler: once the answers are in, nothing is on its way.
        if (discord.Rest.Requests.Count > 0) findings.Add($"{discord.Rest.Requests.Count} request(s) reached Discord after forged interactions only");

        // Each case has its own interaction id (before mutation), so that the replay check does not refuse most of
        // them before the parser is reached; those answered with something other than a pong are sent again below.
        var answered = new System.Collections.Concurrent.ConcurrentBag<(FuzzPayload Payload, string Signature, string Timestamp)>();
        await FuzzFindings.RunAsync(2_000, async i =>
        {
            var template = templates[i % templates.Count].DeepClone();
            template["id"] = (1_300_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            var payload = mutator.Create(10_000 + i, template);
            string timestamp = Now();
            string signature = keys.Sign(timestamp, payload.Bytes);
            var (status, text) = await SendAsync(host.Client, payload.Bytes, signature, timestamp);
            if (status >= 500) findings.Add(payload, $"signed answered {status}");
            if (status == 200 && text != Pong) answered.Add((payload, signature, timestamp));
        });
        output.WriteLine($"3,500 interactions in {clock.Elapsed.TotalSeconds:0.0} s; {discord.Rest.Requests.Count} requests reached Discord");

        var replays = answered.ToArray();
        if (replays.Length == 0) findings.Add("no mutated interaction was answered, so the fuzzer reached nothing behind the replay check");
        await FuzzFindings.RunAsync(replays.Length, async i =>
        {
            var (payload, signature, timestamp) = replays[i];
            var (status, _) = await SendAsync(host.Client, payload.Bytes, signature, timestamp);
            if (status != 401) findings.Add(payload, $"replayed answered {status}");
        });
        output.WriteLine($"{replays.Length} answered interactions replayed");

        await AssertStillServingAsync(host, keys, findings);
        if (errors.Errors.Count > 0) findings.Add("errors were logged:\n" + errors.Describe());
        findings.AssertNone();
    }

    /// <summary>
    /// Every way a request can fail Discord's signature check (missing, foreign, tampered, malformed) or, signed
    /// correctly, the check of its timestamp (stale, not a number).
    /// </summary>
    private static (string? Signature, string? Timestamp, string How) Forge(int i, byte[] body, DiscordTestKeys keys, DiscordTestKeys stranger)
    {
        string ts = Now();
        string good = keys.Sign(ts, body);
        string stale = (long.Parse(ts, CultureInfo.InvariantCulture) - 600).ToString(CultureInfo.InvariantCulture);
        return (i % 14) switch
        {
            0 => (null, null, "no headers"),
            1 => (good, null, "no timestamp"),
            2 => (null, ts, "no signature"),
            3 => (stranger.Sign(ts, body), ts, "another key"),
            4 => (good, (long.Parse(ts, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture), "another timestamp"),
            5 => (keys.Sign(ts, [.. body, (byte)' ']), ts, "signature of another body"),
            6 => (good[..^2], ts, "short signature"),
            7 => (good + "00", ts, "long signature"),
            8 => (new string('z', 128), ts, "not hex"),
            9 => (good, new string('9', 40), "timestamp too long"),
            10 => (good.Replace(good[0], good[0] == 'a' ? 'b' : 'a'), ts, "altered signature"),
            11 => (new string('0', 128), "-1.5e9", "zero signature, odd timestamp"),
            12 => (keys.Sign(stale, body), stale, "signed, ten minutes old"),
            _ => (keys.Sign("hello-world", body), "hello-world", "signed, timestamp not a number"),
        };
    }

    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static async Task AssertStillServingAsync(TestBotHost host, DiscordTestKeys keys, FuzzFindings findings)
    {
        var readyz = await host.Client.GetAsync("/readyz");
        string ready = await readyz.Content.ReadAsStringAsync();
        if (readyz.StatusCode != HttpStatusCode.OK || ready != "Healthy") findings.Add($"/readyz answered {(int)readyz.StatusCode} {ready}");

        string probe = """
            {"type":2,"id":"999","application_id":"1","token":"probe-token","version":1,"channel_id":"777","user":{"id":"4242","username":"probe"},
             "data":{"id":"9","name":"pillar","type":1,"options":[{"type":4,"name":"number","value":4}]}}
            """;
        byte[] body = Encoding.UTF8.GetBytes(probe);
        string ts = Now();
        using var request = Request(body, keys.Sign(ts, body), ts);
        using var response = await host.Client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !text.Contains("Pillar 4", StringComparison.Ordinal)
            || JsonDocument.Parse(text).RootElement.GetProperty("type").GetInt32() != 4)
            findings.Add($"a valid interaction after the run answered {(int)response.StatusCode}: {text[..Math.Min(200, text.Length)]}");
    }

    private const string Pong = """{"type":1}""";

    private static async Task<int> PostAsync(HttpClient client, byte[] body, string? signature, string? timestamp) =>
        (await SendAsync(client, body, signature, timestamp)).Status;

    private static async Task<(int Status, string Text)> SendAsync(HttpClient client, byte[] body, string? signature, string? timestamp)
    {
        using var request = Request(body, signature, timestamp);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Request(byte[] body, string? signature, string? timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null) request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        if (timestamp is not null) request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return request;
    }
}
