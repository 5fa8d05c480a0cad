using BenchmarkDotNet.Running;
using ReportBot.Benchmarks;

// `latency [rounds] [--semantic]` prints the per-call distribution; `pdf300` times indexing a 300-page PDF; anything else goes to
// BenchmarkDotNet (e.g. --filter '*').
if (args is ["latency", ..])
{
    // --semantic: with the shipped meaning model, as the bot runs by default (the question is embedded on every call).
    bool semantic = args.Contains("--semantic");
    var numbers = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    using var model = semantic ? new ReportBot.Semantic.MiniLmEmbedder(Path.Combine(Path.GetTempPath(), "reportbot-bench-model")) : null;
    LatencyProbe.Run(Console.Out, numbers.Length > 0 ? int.Parse(numbers[0]) : 3000, model);
    return;
}
if (args is ["pdf300", ..])
{
    PdfIndexProbe.Run(Console.Out, pages: 300, runs: args.Length > 1 ? int.Parse(args[1]) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AnswerBenchmarks).Assembly).Run(args);
