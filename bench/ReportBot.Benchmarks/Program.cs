using BenchmarkDotNet.Running;
using ReportBot.Benchmarks;

// `latency` prints the per-call distribution; `pdf300` times indexing a 300-page PDF; anything else goes to
// BenchmarkDotNet (e.g. --filter '*').
if (args is ["latency", ..])
{
    LatencyProbe.Run(Console.Out, args.Length > 1 ? int.Parse(args[1]) : 3000);
    return;
}
if (args is ["pdf300", ..])
{
    PdfIndexProbe.Run(Console.Out, pages: 300, runs: args.Length > 1 ? int.Parse(args[1]) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AnswerBenchmarks).Assembly).Run(args);
