using BenchmarkDotNet.Running;
using ReportBot.Benchmarks;

// `latency` prints the per-call distribution; anything else goes to BenchmarkDotNet (e.g. --filter '*').
if (args is ["latency", ..])
{
    LatencyProbe.Run(Console.Out, args.Length > 1 ? int.Parse(args[1]) : 3000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AnswerBenchmarks).Assembly).Run(args);
