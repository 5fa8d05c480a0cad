using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportBot.Testing;

namespace ReportBot.LoadTest;

/// <summary>
/// Signed <c>/ask</c> interactions posted to <c>/discord/interactions</c> at a fixed rate; each must come back as an
/// inline answer (type 4). The signature is made per request, as Discord does, so its check is part of the cost.
/// </summary>
public static class DiscordInteractionLoad
{
    private static readonly string[] Questions =
    [
        "What does the report recommend on 5G?", "How should the allies approach North Korea?", "Japan tensions",
        "What is the Korea-US free trade agreement?", "public health cooperation", "What is the recipe for kimchi?",
    ];

    public static async Task<int> RunAsync(LoadOptions options, string root)
    {
        using var keys = new DiscordTestKeys();
        await using var bot = await BotProcess.StartAsync(options.BotDll, Path.Combine(root, "corpus"), new Dictionary<string, string>
        {
            ["Discord__PublicKey"] = keys.PublicKeyHex,
            ["Discord__ApplicationId"] = "1184517000000000001",
        });
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(10) };

        async Task<bool> SendAsync(int n)
        {
            string body = new JsonObject
            {
                ["type"] = 2, ["id"] = "9" + n, ["application_id"] = "1184517000000000001", ["token"] = "token-" + n, ["version"] = 1,
                ["channel_id"] = "645027906669510667", ["guild_id"] = "290926798626357999",
                ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "53908232506183680" }, ["permissions"] = "0" },
                ["data"] = new JsonObject
                {
                    ["id"] = "1", ["name"] = "ask", ["type"] = 1,
                    ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "question", ["value"] = Questions[n % Questions.Length] }),
                },
            }.ToJsonString();
            string timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, "discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Signature-Ed25519", keys.Sign(timestamp, body));
            request.Headers.Add("X-Signature-Timestamp", timestamp);
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK) return false;
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("type").GetInt32() == 4;
        }

        await OpenLoopRunner.RunAsync(options.Rate, Math.Min(10, options.Seconds), SendAsync);
        var result = await OpenLoopRunner.RunAsync(options.Rate, options.Seconds, SendAsync);

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"POST /discord/interactions (signed /ask) at {options.Rate}/s for {options.Seconds} s ({result.LatenciesMs.Length} requests, {result.Elapsed.TotalSeconds:F1} s)"));
        Console.WriteLine(string.Create(c, $"  latency: p50 {OpenLoopRunner.Percentile(result.LatenciesMs, 50):F2} ms  p90 {OpenLoopRunner.Percentile(result.LatenciesMs, 90):F2} ms  p95 {OpenLoopRunner.Percentile(result.LatenciesMs, 95):F2} ms  p99 {OpenLoopRunner.Percentile(result.LatenciesMs, 99):F2} ms  max {result.LatenciesMs.Max():F2} ms"));
        Console.WriteLine(string.Create(c, $"  errors (not an inline answer): {result.Errors}"));
        Console.WriteLine(string.Create(c, $"  bot working set after the run: {bot.WorkingSetBytes / (1024 * 1024)} MB"));
        return result.Errors == 0 ? 0 : 1;
    }
}
