using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ReportBot.LoadTest;

/// <summary>
/// Whether a running bot gives back the memory of the indexes it replaces: the built bot on a temp copy of
/// <c>corpus/</c>, questions, then <c>--reloads</c> (default 10) reloads through <c>POST /admin/reindex</c>, each after
/// appending one paragraph to the report so that the index is really rebuilt and swapped (an unchanged corpus is
/// not rebuilt at all), with questions after each. VmRSS, VmHWM and the GC heap are read after each step, and after
/// the first and the last reload also once every replaced index is retired (<c>ReportLibrary.DefaultRetireAfter</c>)
/// and a full GC has run (<see cref="InducedGc"/>): those two readings are the ones to compare.
/// Settled readings are also taken after every tenth reload, so a long run shows the growth per ten reloads once
/// the process is warm. <c>--control</c> runs the same steps without changing the corpus: each reindex then only
/// re-reads and hashes the files, nothing is built or swapped, and what still grows is not the reloads' doing.
/// <code>dotnet run -c Release --project bench/ReportBot.LoadTest -- --target reload [--reloads 10] [--no-eventpipe] [--control]</code>
/// </summary>
public static class ReloadMemoryProbe
{
    private static readonly string[] Questions =
    [
        "What does the report recommend on 5G?",
        "How should the allies approach North Korea?",
        "What is the Korea-US free trade agreement?",
        "What is pillar 3 about?",
        "public health cooperation",
    ];

    // Retirement grace (30 s) plus margin for the timer and a GC to follow.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(40);

    public static async Task<int> RunAsync(LoadOptions options, string root, string[] args)
    {
        int reloads = int.Parse(Value(args, "reloads") ?? "10", CultureInfo.InvariantCulture);
        // Every EventPipe session takes buffers in the bot, so --no-eventpipe reads the resident set alone.
        bool eventPipe = !args.Contains("--no-eventpipe");
        bool control = args.Contains("--control");
        using var corpus = new TempCorpusCopy(Path.Combine(root, "corpus"));
        string report = Directory.GetFiles(corpus.Path, "*.md").Single();
        // Only the explicit reindex reloads: the folder watcher would wait far longer than the probe runs.
        await using var bot = await BotProcess.StartAsync(options.BotDll, corpus.Path, new Dictionary<string, string> { ["Corpus__ReloadDebounce"] = "00:10:00" });
        using var http = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(60) };

        int asked = 0;
        string? conversation = null; // issued by the bot with its first reply
        async Task<bool> AskAllAsync(int rounds)
        {
            bool answered = true;
            for (int r = 0; r < rounds; r++)
                foreach (string question in Questions)
                {
                    using var response = await http.PostAsJsonAsync("api/chat",
                        conversation is null ? new { conversationId = (string?)null, text = question } : new { conversationId = (string?)conversation, text = question });
                    asked++;
                    var reply = await response.Content.ReadFromJsonAsync<JsonElement>();
                    conversation ??= reply.GetProperty("conversationId").GetString();
                    answered &= reply.GetProperty("kind").GetString() == "Answer";
                }
            return answered;
        }

        async Task<(string Text, long Resident)> MeasureAfterGcAsync()
        {
            if (!eventPipe) return await MeasureAsync(withCounters: false);
            bool collected = await InducedGc.RunAsync(bot.ProcessId, TimeSpan.FromSeconds(10));
            var (text, resident) = await MeasureAsync(withCounters: true);
            return ((collected ? "after a full GC: " : "(no GC seen) ") + text, resident);
        }

        // The resident set is read first: the EventPipe session that reads the GC counters takes buffers in the bot.
        async Task<(string Text, long Resident)> MeasureAsync(bool withCounters)
        {
            var memory = ProcessMemory.Read(bot.ProcessId);
            var counters = withCounters ? await RuntimeCounters.ReadAsync(bot.ProcessId, TimeSpan.FromSeconds(10)) : null;
            string gc = counters is null ? "" : string.Create(CultureInfo.InvariantCulture,
                $", GC heap {counters.GcHeapMegabytes:F1} MB, GC committed {counters.GcCommittedMegabytes:F1} MB");
            return (string.Create(CultureInfo.InvariantCulture, $"VmRSS {Mb(memory.ResidentBytes)} MB, VmHWM {Mb(memory.PeakResidentBytes)} MB{gc}"),
                memory.ResidentBytes);
        }

        bool clean = await AskAllAsync(4);
        Console.WriteLine($"after start-up and {asked} questions: {(await MeasureAsync(withCounters: false)).Text}");
        Console.WriteLine($"  {(await MeasureAfterGcAsync()).Text}");

        var rss = new List<long>();
        var settled = new List<long>();
        var settledAt = new List<int>();
        for (int i = 1; i <= reloads; i++)
        {
            if (!control) await File.AppendAllTextAsync(report, $"\n\nReload probe paragraph {i}: the allies should review the alliance once more.\n");
            var started = DateTime.UtcNow;
            using var response = await http.PostAsync("admin/reindex", new StringContent("{}", Encoding.UTF8, "application/json"));
            string body = await response.Content.ReadAsStringAsync();
            double ms = (DateTime.UtcNow - started).TotalMilliseconds;
            clean &= response.StatusCode == HttpStatusCode.OK;
            clean &= await AskAllAsync(1);
            var (measured, resident) = await MeasureAsync(withCounters: false);
            rss.Add(resident);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reload {i}: {(int)response.StatusCode} in {ms:F0} ms ({Message(body)}); after {Questions.Length} questions: {measured}"));
            // After the first reload, every tenth and the last, wait until every replaced index is retired, then
            // collect: what is left is what the reloads keep.
            if (i == 1 || i % 10 == 0 || i == reloads)
            {
                await Task.Delay(Settle);
                clean &= await AskAllAsync(1);
                (measured, resident) = await MeasureAfterGcAsync();
                settled.Add(resident);
                settledAt.Add(i);
                Console.WriteLine($"  {Settle.TotalSeconds:F0} s later and {Questions.Length} questions, {measured}");
            }
        }
        if (settled.Count >= 2)
        {
            string readings = string.Join(", ", settledAt.Select((at, n) => $"{at}: {Mb(settled[n])} MB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(control ? "control (corpus unchanged), " : "")}settled VmRSS after reload {readings} ({Mb(settled[^1] - settled[0]):+0;-0} MB from the first to the last); VmRSS right after each reload: min {Mb(rss.Min())}, max {Mb(rss.Max())} MB"));
        }
        return clean ? 0 : 1;
    }

    private static long Mb(long bytes) => (long)Math.Round(bytes / (1024.0 * 1024.0));

    private static string Message(string body)
    {
        try
        {
            var json = JsonDocument.Parse(body).RootElement;
            return (json.TryGetProperty("message", out var m) ? m : json.GetProperty("detail")).GetString() ?? body;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return body;
        }
    }

    private static string? Value(string[] args, string name)
    {
        int at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
