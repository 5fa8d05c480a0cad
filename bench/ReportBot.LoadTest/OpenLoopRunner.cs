using System.Diagnostics;

namespace ReportBot.LoadTest;

/// <summary>
/// Sends requests at a fixed rate whatever the response times (open loop, so a slow server cannot slow the load
/// down and hide its own latency), and records each request's latency and outcome.
/// </summary>
public static class OpenLoopRunner
{
    /// <param name="LatenciesMs">Per request, from the moment it was sent until its outcome was known.</param>
    /// <param name="Failed">Per request, whether <c>send</c> said no or threw.</param>
    /// <param name="LagMs">
    /// Per request, how late it was sent against its schedule. Near zero while the load generator keeps up; when it
    /// grows, the generator itself is short of CPU and the offered rate is lower than asked.
    /// </param>
    public sealed record Result(double[] LatenciesMs, int Errors, TimeSpan Elapsed, bool[] Failed, double[] LagMs);

    public static async Task<Result> RunAsync(int rate, int seconds, Func<int, Task<bool>> send)
    {
        int total = rate * seconds;
        var latencies = new double[total];
        var failed = new bool[total];
        var lag = new double[total];
        int errors = 0;
        var tasks = new Task[total];
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            lag[i] = Math.Max(0, (clock.Elapsed - due).TotalMilliseconds);
            tasks[i] = Measure(i);
        }
        await Task.WhenAll(tasks);
        return new Result(latencies, errors, clock.Elapsed, failed, lag);

        async Task Measure(int n)
        {
            long started = Stopwatch.GetTimestamp();
            bool ok;
            try { ok = await send(n); }
            catch (Exception) { ok = false; }
            latencies[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!ok)
            {
                failed[n] = true;
                Interlocked.Increment(ref errors);
            }
        }
    }

    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p / 100 * sorted.Length) - 1)];
    }
}
