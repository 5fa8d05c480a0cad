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

    /// <summary>The turn pipeline over this report, with in-memory state; its services go when the fixture goes.</summary>
    public ReportBot.Core.Conversations.ConversationHandler Conversations()
    {
        var conversations = new TestConversations(this);
        _pipelines.Add(conversations);
        return conversations.Handler;
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<TestConversations> _pipelines = [];

    public AnswerEngine EngineWith(AnswerOptions options) => new(Library, Microsoft.Extensions.Options.Options.Create(options));

    public void Dispose()
    {
        foreach (var pipeline in _pipelines) pipeline.Dispose();
        Library.Dispose();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
