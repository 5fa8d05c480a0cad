using System.Diagnostics;

namespace ReportBot.LoadTest;

/// <summary>
/// Sends requests at a fixed rate whatever the response times (open loop, so a slow server cannot slow the load
/// down and hide its own latency), and records each request's latency and outcome.
/// </summary>
public static class OpenLoopRunner
{
    public sealed record Result(double[] LatenciesMs, int Errors, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(int rate, int seconds, Func<int, Task<bool>> send)
    {
        int total = rate * seconds;
        var latencies = new double[total];
        int errors = 0;
        var tasks = new Task[total];
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            tasks[i] = Measure(i);
        }
        await Task.WhenAll(tasks);
        return new Result(latencies, errors, clock.Elapsed);

        async Task Measure(int n)
        {
            long started = Stopwatch.GetTimestamp();
            bool ok;
            try { ok = await send(n); }
            catch (Exception) { ok = false; }
            latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!ok) Interlocked.Increment(ref errors);
        }
    }

    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }
}
