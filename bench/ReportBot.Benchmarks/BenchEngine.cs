using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;
using ReportBot.Core.Semantic;

namespace ReportBot.Benchmarks;

/// <summary>An engine over one benchmark corpus, with its index in a throw-away data folder, warmed up.</summary>
public sealed class BenchEngine : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "reportbot-bench-data-" + Guid.NewGuid().ToString("N"));

    /// <param name="embedder">The meaning model, to measure the bot as it runs by default; null for words alone.</param>
    public BenchEngine(string corpus, ITextEmbedder? embedder = null)
    {
        Library = new ReportLibrary(corpus, _data, new ReportBuilder(), embedder: embedder);
        Engine = new AnswerEngine(Library, Microsoft.Extensions.Options.Options.Create(new AnswerOptions()));
        foreach (var question in Questions) Engine.Ask(question);
    }

    /// <summary>Representative questions: a keyword, a full question, synonyms, a pillar, a typo, one out of scope.</summary>
    public static string[] Questions { get; } =
    [
        "What does the report recommend on 5G?",
        "How should the allies approach North Korea?",
        "What is the Korea-US free trade agreement?",
        "What is pillar 3 about?",
        "public health cooperation",
        "Who is Krstine Lee?",
        "What is the recipe for kimchi?",
    ];

    public ReportLibrary Library { get; }
    public AnswerEngine Engine { get; }

    public void Dispose()
    {
        Library.Dispose();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }
}
