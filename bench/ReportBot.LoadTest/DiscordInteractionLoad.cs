using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>
/// Signed <c>/ask</c> interactions posted to <c>/discord/interactions</c> at a fixed rate; each must come back as an
/// inline answer (type 4). The signature is made per request, as Discord does, so its check is part of the cost.
/// </summary>
public static class DiscordInteractionLoad
{
    public static async Task<int> RunAsync(LoadOptions options, string root)
    {
        using var key = new DiscordSigningKey();
        var ask = new DiscordAskInteraction(key);
        await using var discord = await LoopbackDiscordWebhooks.StartAsync(DiscordAskInteraction.ApplicationId);
        await using var bot = await BotProcess.StartAsync(options.BotDll, Path.Combine(root, "corpus"), ask.BotSettings(discord));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(10) };

        async Task<bool> SendAsync(int n) => await ask.SendAsync(http, n) == DiscordAskInteraction.Outcome.Inline;

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
