using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Search;

namespace ReportBot.Benchmarks;

/// <summary>Time to read the corpus and build its index from scratch (what a changed corpus costs at start-up).</summary>
[SimpleJob(RunStrategy.Monitoring, iterationCount: 10, warmupCount: 2)]
public class IndexBuildBenchmarks
{
    private string _corpus = "";
    private string _data = "";

    [Params("report", "x100")]
    public string Corpus { get; set; } = "report";

    [GlobalSetup]
    public void Setup() => _corpus = Corpus == "report" ? BenchCorpus.Report : BenchCorpus.Scaled(100);

    [IterationSetup]
    public void NewDataFolder() => _data = Path.Combine(Path.GetTempPath(), "reportbot-bench-build-" + Guid.NewGuid().ToString("N"));

    [IterationCleanup]
    public void RemoveDataFolder() => Directory.Delete(_data, true);

    [Benchmark]
    public int BuildIndex()
    {
        using var library = new ReportLibrary(_corpus, _data, new ReportBuilder());
        return library.Reload(forceRebuild: true).Report.Passages.Count;
    }
}
