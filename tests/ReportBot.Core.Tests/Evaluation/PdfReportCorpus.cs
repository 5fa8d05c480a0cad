using ReportBot.Core.Answers;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Evaluation;

/// <summary>
/// The corpus as an operator has it once the full report is added: the landing page (a stand-in with the metadata)
/// and the report as a PDF, which replaces its passages. Indexed once for a test class, with the meaning model.
/// </summary>
public sealed class PdfReportCorpus : IDisposable
{
    private readonly TempFolder _corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
    private readonly TempFolder _data = new();

    public PdfReportCorpus()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "renew-elevate-modernize.md"));
        File.WriteAllBytes(_corpus.Combine("full-report.pdf"), ReportAsPdf.Build(markdown));
        Library = new ReportLibrary(_corpus.Path, _data.Path, new ReportBuilder(), embedder: SharedSemanticModel.Embedder);
        Engine = new AnswerEngine(Library, Microsoft.Extensions.Options.Options.Create(new AnswerOptions()));
    }

    public ReportLibrary Library { get; }
    public AnswerEngine Engine { get; }

    public void Dispose()
    {
        Library.Dispose();
        _data.Dispose();
        _corpus.Dispose();
    }
}
