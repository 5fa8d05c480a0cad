using System.Diagnostics;

namespace ReportBot.Benchmarks;

/// <summary>
/// Per-call latency distribution (median, p95, p99, max) of the answer path, which BenchmarkDotNet's mean-based
/// summaries do not report: every representative question asked in turn, many thousands of times, after warm-up.
/// </summary>
public static class LatencyProbe
{
    /// <param name="embedder">The meaning model (the bot's default); null measures words alone.</param>
    public static void Run(TextWriter output, int rounds = 3000, Core.Semantic.ITextEmbedder? embedder = null)
    {
        foreach (var (name, corpus) in new[] { ("report", BenchCorpus.Report), ("x100", BenchCorpus.Scaled(100)) })
        {
            var built = Stopwatch.StartNew();
            using var engine = new BenchEngine(corpus, embedder);
            output.WriteLine($"{name,-7} index built (and embedded) in {built.Elapsed.TotalSeconds:F1} s");
            var questions = BenchEngine.Questions;
            // Five seconds of questions first: tiered compilation needs that long to reach its optimised code.
            var warm = Stopwatch.StartNew();
            for (int i = 0; warm.Elapsed < TimeSpan.FromSeconds(5); i++) engine.Engine.Ask(questions[i % questions.Length]);
            var samples = new double[rounds * questions.Length];
            int n = 0;
            for (int round = 0; round < rounds; round++)
                foreach (var question in questions)
                {
                    long start = Stopwatch.GetTimestamp();
                    engine.Engine.Ask(question);
                    samples[n++] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            Array.Sort(samples);
            output.WriteLine($"{name,-7} passages {engine.Library.Current.Report.Passages.Count,5}  calls {samples.Length,6}  " +
                $"median {Percentile(samples, 50):F3} ms  p95 {Percentile(samples, 95):F3} ms  p99 {Percentile(samples, 99):F3} ms  max {samples[^1]:F3} ms");
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p / 100 * sorted.Length) - 1)];
}
