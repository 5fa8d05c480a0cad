using BenchmarkDotNet.Attributes;
using ReportBot.Core.Answers;

namespace ReportBot.Benchmarks;

/// <summary>Latency of one answer, per representative question, on the report and on a corpus 100× its size.</summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private BenchEngine _engine = null!;

    [Params("report", "x100")]
    public string Corpus { get; set; } = "report";

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = "";

    public static IEnumerable<string> Questions => BenchEngine.Questions;

    [GlobalSetup]
    public void Setup() => _engine = new BenchEngine(Corpus == "report" ? BenchCorpus.Report : BenchCorpus.Scaled(100));

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    [Benchmark]
    public Answer Ask() => _engine.Engine.Ask(Question);
}
