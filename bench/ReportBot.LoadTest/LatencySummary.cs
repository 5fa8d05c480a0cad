using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>Percentiles and failures of a subset of one run's requests (one endpoint's, or all of them).</summary>
public sealed record LatencySummary(int Requests, int Errors, double P50, double P90, double P95, double P99, double Max)
{
    public static LatencySummary Of(OpenLoopRunner.Result result, Func<int, bool> include)
    {
        var indices = Enumerable.Range(0, result.LatenciesMs.Length).Where(include).ToArray();
        var latencies = indices.Select(i => result.LatenciesMs[i]).ToArray();
        return new LatencySummary(indices.Length, indices.Count(i => result.Failed[i]),
            OpenLoopRunner.Percentile(latencies, 50), OpenLoopRunner.Percentile(latencies, 90), OpenLoopRunner.Percentile(latencies, 95),
            OpenLoopRunner.Percentile(latencies, 99), latencies.Max());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Requests,6} requests  p50 {P50,7:F2} ms  p90 {P90,7:F2} ms  p95 {P95,7:F2} ms  p99 {P99,8:F2} ms  max {Max,8:F1} ms  errors {Errors}");
}
