using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>What one rate of the mixed load measured, printed in full and as rows of the summary table.</summary>
public sealed record MixedStepResult(
    int Rate,
    int Seconds,
    LatencySummary Discord,
    LatencySummary Teams,
    LatencySummary Overall,
    int DiscordDeferred,
    int DiscordLateEdits,
    int TeamsRepliesReceived,
    double SendLagP99Ms,
    double SendLagMaxMs,
    double BotCores,
    double GeneratorCores,
    double MachineCores,
    ProcessMemory Memory,
    RuntimeCounters? Counters)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>CPU used by neither the bot nor the load generator: other work on a shared machine, and the kernel.</summary>
    public double OtherCores => Math.Max(0, MachineCores - BotCores - GeneratorCores);

    public bool Clean => Overall.Errors == 0 && TeamsRepliesReceived == Teams.Requests;

    public void Print(TextWriter output)
    {
        output.WriteLine(string.Create(C, $"Mixed load at {Rate}/s for {Seconds} s: even requests signed /ask to /discord/interactions, odd ones Teams messages to /api/messages"));
        output.WriteLine($"  discord  {Discord}  (of which deferred instead of inline: {DiscordDeferred}; their answers edited in at the fake Discord: {DiscordLateEdits})");
        output.WriteLine($"  teams    {Teams}  (replies at the fake connector: {TeamsRepliesReceived}/{Teams.Requests})");
        output.WriteLine($"  overall  {Overall}");
        output.WriteLine(string.Create(C, $"  send lag against the schedule: p99 {SendLagP99Ms:F2} ms, max {SendLagMaxMs:F1} ms"));
        output.WriteLine(string.Create(C, $"  CPU while sending (cores of {Environment.ProcessorCount}): bot {BotCores:F2}, load generator with fakes {GeneratorCores:F2}, everything else {OtherCores:F2}, machine {MachineCores:F2}"));
        output.WriteLine(string.Create(C, $"  bot memory after: VmRSS {Memory.ResidentBytes / 1048576.0:F0} MB, VmHWM {Memory.PeakResidentBytes / 1048576.0:F0} MB, {GcText}"));
    }

    private string GcText => Counters is { } c
        ? string.Create(C, $"GC heap {c.GcHeapMegabytes:F1} MB (GC committed {c.GcCommittedMegabytes:F1} MB)")
        : "GC heap not available (diagnostics port did not answer)";

    public static string TableHeader =>
        "| Rate | Endpoint | Requests | p50 | p90 | p99 | Max | Errors | Replies | Send lag p99 | Bot CPU | Load gen. CPU | Other CPU | Bot VmRSS after |\n" +
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public IEnumerable<string> TableRows()
    {
        string Row(string endpoint, LatencySummary s, string replies) => string.Create(C,
            $"| {Rate}/s | {endpoint} | {s.Requests:N0} | {s.P50:F2} ms | {s.P90:F2} ms | {s.P99:F2} ms | {s.Max:F1} ms | {s.Errors} | {replies} |");
        string inline = string.Create(C, $"{Discord.Requests - Discord.Errors:N0} inline") + (DiscordDeferred > 0 ? string.Create(C, $", {DiscordDeferred:N0} deferred") : "");
        yield return Row("Discord", Discord, inline) + " | | | | |";
        yield return Row("Teams", Teams, string.Create(C, $"{TeamsRepliesReceived:N0}/{Teams.Requests:N0}")) + " | | | | |";
        yield return Row("**all**", Overall, "") + string.Create(C,
            $" {SendLagP99Ms:F1} ms | {BotCores:F2} | {GeneratorCores:F2} | {OtherCores:F2} | {Memory.ResidentBytes / 1048576.0:F0} MB |");
    }
}
