using System.Diagnostics;
using System.Net;
using System.Text;

namespace ReportBot.LoadTest;

/// <summary>
/// Production-like traffic: signed Discord <c>/ask</c> interactions (answered inline) and Teams message activities
/// (acknowledged, the reply posted to the fake Bot Connector) interleaved one for one against one bot process, at
/// each rate of <c>--rates</c> in turn. The fakes run in this process, so the machine's cores are shared by the bot
/// and by everything that plays Discord, Teams and their users: on a small machine that is what saturates first.
/// </summary>
public static class MixedLoad
{
    public static async Task<int> RunAsync(LoadOptions options, string root)
    {
        using var key = new DiscordSigningKey();
        var ask = new DiscordAskInteraction(key);
        await using var discord = await LoopbackDiscordWebhooks.StartAsync(DiscordAskInteraction.ApplicationId);
        await using var connector = await LoopbackBotConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(options.BotDll, Path.Combine(root, "corpus"), ask.BotSettings(discord));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(10) };
        var teams = new TeamsMessageActivity(connector.ServiceUrl);
        var run = new Runner(http, ask, teams, connector, discord, bot);

        // Warm-up at the first rate, not counted: tiered compilation needs some seconds of traffic before the bot
        // runs its optimised code, and a long-running bot is measured in that steady state.
        await run.StepAsync(options.Rates[0], Math.Min(10, options.Seconds));

        var steps = new List<MixedStepResult>();
        foreach (int rate in options.Rates)
        {
            var step = await run.StepAsync(rate, options.Seconds);
            step.Print(Console.Out);
            steps.Add(step);
        }
        Console.WriteLine();
        Console.WriteLine(MixedStepResult.TableHeader);
        foreach (var row in steps.SelectMany(s => s.TableRows())) Console.WriteLine(row);
        return steps.All(s => s.Clean) ? 0 : 1;
    }

    private sealed class Runner(HttpClient http, DiscordAskInteraction ask, TeamsMessageActivity teams, LoopbackBotConnector connector, LoopbackDiscordWebhooks discord, BotProcess bot)
    {
        private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(60);

        // Each endpoint's own sequence number, continued across steps so interaction and activity ids never repeat.
        private int _sequence;

        public async Task<MixedStepResult> StepAsync(int rate, int seconds)
        {
            int total = rate * seconds, first = _sequence;
            _sequence += (total + 1) / 2;
            var outcomes = new DiscordAskInteraction.Outcome[total];
            connector.ResetReceived();
            int editsBefore = discord.OriginalEdits;

            var machineBefore = MachineCpu.Read();
            var botBefore = bot.CpuTime;
            var selfBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await OpenLoopRunner.RunAsync(rate, seconds, n => SendAsync(n, first + n / 2, outcomes));
            var machine = MachineCpu.Read() - machineBefore;
            double Cores(TimeSpan cpu) => cpu / result.Elapsed;
            double botCores = Cores(bot.CpuTime - botBefore);
            double selfCores = Cores(Process.GetCurrentProcess().TotalProcessorTime - selfBefore);
            double machineCores = machine.Busy / machine.Total * Environment.ProcessorCount;

            // Replies still on their way (posted in the background after the acknowledgement) are waited for.
            var teamsSummary = LatencySummary.Of(result, n => n % 2 == 1);
            int deferred = outcomes.Count(o => o == DiscordAskInteraction.Outcome.Deferred);
            var deadline = DateTime.UtcNow + DrainTimeout;
            while ((connector.Received < teamsSummary.Requests || discord.OriginalEdits - editsBefore < deferred) && DateTime.UtcNow < deadline)
                await Task.Delay(50);

            return new MixedStepResult(rate, seconds,
                LatencySummary.Of(result, n => n % 2 == 0), teamsSummary, LatencySummary.Of(result, _ => true),
                deferred, discord.OriginalEdits - editsBefore, connector.Received,
                OpenLoopRunner.Percentile(result.LagMs, 99), result.LagMs.Max(),
                botCores, selfCores, machineCores,
                ProcessMemory.Read(bot.ProcessId), await RuntimeCounters.ReadAsync(bot.ProcessId, TimeSpan.FromSeconds(10)));
        }

        private async Task<bool> SendAsync(int n, int sequence, DiscordAskInteraction.Outcome[] outcomes)
        {
            if (n % 2 == 0)
            {
                outcomes[n] = DiscordAskInteraction.Outcome.Failed;
                outcomes[n] = await ask.SendAsync(http, sequence);
                return outcomes[n] == DiscordAskInteraction.Outcome.Inline;
            }
            using var response = await http.PostAsync("api/messages", new StringContent(teams.Json(sequence), Encoding.UTF8, "application/json"));
            return response.StatusCode == HttpStatusCode.OK;
        }
    }
}
