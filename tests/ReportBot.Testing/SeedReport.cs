using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;

namespace ReportBot.Testing;

/// <summary>
/// The repository's own corpus, indexed once into a temp data folder and shared by a test class; ranked by words and
/// meaning, as the bot runs by default.
/// </summary>
public class SeedReport : IDisposable
{
    private readonly TempFolder _data = new();

    public SeedReport() : this(semantic: true)
    {
    }

    protected SeedReport(bool semantic)
    {
        Library = new ReportLibrary(RepositoryPaths.Corpus, _data.Path, new ReportBuilder(),
            embedder: semantic ? SharedSemanticModel.Embedder : null);
        Engine = new AnswerEngine(Library, Microsoft.Extensions.Options.Options.Create(new AnswerOptions()));
        Pillars = new PillarDirectory(Library);
    }

    public ReportLibrary Library { get; }
    public AnswerEngine Engine { get; }
    public PillarDirectory Pillars { get; }
    public ReportBot.Core.Documents.Report Report => Library.Current.Report;

    /// <summary>The conversation logic over this report, with questions remembered in memory.</summary>
    public ReportBot.Core.Conversations.ConversationHandler Conversations() => new(Engine, Pillars, new InMemoryQuestionMemory());

    public AnswerEngine EngineWith(AnswerOptions options) => new(Library, Microsoft.Extensions.Options.Options.Create(options));

    public void Dispose()
    {
        Library.Dispose();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
