using System.Diagnostics;
using ReportBot.Core.Analysis;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Search;

namespace ReportBot.Benchmarks;

/// <summary>
/// Time to index a long PDF report (<see cref="BenchPdf"/>) along the <c>index</c> command's path, split into its
/// phases: reading the PDF, building passages and pillars from it, and writing the Lucene index. The first run is
/// shown apart because it includes JIT compilation, which a one-off <c>index</c> command pays; the median of the
/// following runs is the steady cost, e.g. of a running bot's reindex.
/// </summary>
public static class PdfIndexProbe
{
    public static void Run(TextWriter output, int pages = 300, int runs = 5)
    {
        var generation = Stopwatch.StartNew();
        string corpus = BenchPdf.Corpus(pages);
        var pdf = new FileInfo(Path.Combine(corpus, "report.pdf"));
        output.WriteLine($"corpus {corpus}: report.pdf {pages} pages, {pdf.Length / 1024.0 / 1024.0:F1} MB (written or found in {generation.ElapsedMilliseconds} ms, not measured)");

        var samples = new List<Phases>();
        for (int run = 0; run <= runs; run++)
        {
            var phases = Measure(corpus, pdf);
            output.WriteLine((run == 0 ? "first run " : $"run {run,-5} ") + phases);
            if (run > 0) samples.Add(phases);
        }
        double Median(Func<Phases, double> of) => samples.Select(of).Order().ElementAt(samples.Count / 2);
        output.WriteLine($"median of {runs}: PDF reading {Median(p => p.PdfMs):F0} ms, report build {Median(p => p.BuildMs):F0} ms, " +
            $"index command path {Median(p => p.TotalMs):F0} ms (of which Lucene and storing ≈ {Median(p => p.TotalMs - p.BuildMs):F0} ms)");
    }

    /// <param name="PdfMs">The PDF reader alone: words, lines, headers and footers, paragraphs.</param>
    /// <param name="BuildMs">Reading the corpus folder and building the report: PDF reading again, passages, frameworks, pillar tags.</param>
    /// <param name="TotalMs">What <c>index</c> does, from scratch: the report build, the Lucene index, the cached report, loading it for search.</param>
    private sealed record Phases(double PdfMs, double BuildMs, double TotalMs, int Passages, int Frameworks, int? LastPage)
    {
        public override string ToString() =>
            $"PDF reading {PdfMs,6:F0} ms  report build {BuildMs,6:F0} ms  index command path {TotalMs,6:F0} ms  " +
            $"({Passages} passages, {Frameworks} frameworks, last passage on page {LastPage})";
    }

    private static Phases Measure(string corpus, FileInfo pdf)
    {
        var builder = new ReportBuilder();
        var content = File.ReadAllBytes(pdf.FullName);
        var watch = Stopwatch.StartNew();
        new PdfDocumentReader().Read(pdf.Name, content);
        double pdfMs = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        var snapshot = builder.ReadCorpus(corpus);
        builder.Build(snapshot, SynonymRules.Parse(snapshot.SynonymsText));
        double buildMs = watch.Elapsed.TotalMilliseconds;

        string data = Path.Combine(Path.GetTempPath(), "reportbot-bench-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            watch.Restart();
            using var library = new ReportLibrary(corpus, data, builder);
            var report = library.Reload(forceRebuild: true).Report;
            double totalMs = watch.Elapsed.TotalMilliseconds;
            return new Phases(pdfMs, buildMs, totalMs, report.Passages.Count, report.Frameworks.Count, report.Passages.Max(p => p.EndPage ?? p.Page));
        }
        finally
        {
            Directory.Delete(data, true);
        }
    }
}
