using System.Globalization;
using System.Net;
using System.Text;
using ReportBot.LoadTest;

// Load tests of the HTTP endpoints, the built bot in its own process:
//   --target messages (default): Bot Framework activities to /api/messages (local mode) with a fake Bot Connector
//     receiving the replies; latency is the acknowledgement, and every reply must arrive.
//   --target ignored: the same with activities the bot ignores (the HTTP floor).
//   --target discord: signed /ask interactions to /discord/interactions, answered inline.
//   --target mixed: both interleaved, half each, one step per rate of --rates (see MixedLoad).
//   --target reload: memory across --reloads (10) index reloads of the repository's corpus (see ReloadMemoryProbe).
//   dotnet run -c Release --project bench/ReportBot.LoadTest -- --rate 200 --seconds 30 [--target discord]
var options = LoadOptions.Parse(args);
string root = LoadOptions.FindRoot();
if (options.Target == "discord")
{
    return await DiscordInteractionLoad.RunAsync(options, root);
}
if (options.Target == "mixed")
{
    return await MixedLoad.RunAsync(options, root);
}
if (options.Target == "reload")
{
    return await ReloadMemoryProbe.RunAsync(options, root, args);
}
await using var connector = await LoopbackBotConnector.StartAsync();
await using var bot = await BotProcess.StartAsync(options.BotDll, Path.Combine(root, "corpus"), new Dictionary<string, string>());
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(10) };

var activities = new TeamsMessageActivity(connector.ServiceUrl, options.Target == "ignored" ? "typing" : "message");
string Activity(int n) => activities.Json(n);

// Warm-up at the same rate, outside the measurement: the JIT's tiered compilation needs some seconds of traffic
// before the server runs its optimised code, and a long-running bot is measured in that steady state.
int warmup = options.Rate * Math.Min(10, options.Seconds);
await OpenLoopRunner.RunAsync(options.Rate, warmup / options.Rate, async n =>
    (await http.PostAsync("api/messages", new StringContent(Activity(n), Encoding.UTF8, "application/json"))).IsSuccessStatusCode);
if (activities.ExpectsReply) await connector.WaitForAsync(warmup, TimeSpan.FromSeconds(60));
connector.ResetReceived();

var result = await OpenLoopRunner.RunAsync(options.Rate, options.Seconds, async n =>
{
    using var response = await http.PostAsync("api/messages", new StringContent(Activity(n), Encoding.UTF8, "application/json"));
    return response.StatusCode == HttpStatusCode.OK;
});
int expected = activities.ExpectsReply ? options.Rate * options.Seconds : 0;
try { await connector.WaitForAsync(expected, TimeSpan.FromSeconds(60)); } catch (TimeoutException) { }

var c = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(c, $"POST /api/messages at {options.Rate}/s for {options.Seconds} s ({expected} requests, {result.Elapsed.TotalSeconds:F1} s)"));
Console.WriteLine(string.Create(c, $"  ack latency: p50 {OpenLoopRunner.Percentile(result.LatenciesMs, 50):F2} ms  p90 {OpenLoopRunner.Percentile(result.LatenciesMs, 90):F2} ms  p95 {OpenLoopRunner.Percentile(result.LatenciesMs, 95):F2} ms  p99 {OpenLoopRunner.Percentile(result.LatenciesMs, 99):F2} ms  max {result.LatenciesMs.Max():F2} ms"));
Console.WriteLine(string.Create(c, $"  errors: {result.Errors}  replies at the fake connector: {connector.Received}/{expected}"));
Console.WriteLine(string.Create(c, $"  bot working set after the run: {bot.WorkingSetBytes / (1024 * 1024)} MB"));
return result.Errors == 0 && connector.Received == expected ? 0 : 1;
