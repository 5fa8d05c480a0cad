using ReportBot.Core.Analysis;
using ReportBot.Core.Documents;
using ReportBot.Core.Options;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Reads a corpus snapshot into a <see cref="Report"/>: every file through its reader, blocks into passages,
/// announced lists into frameworks, and pillar references onto every passage.
/// </summary>
public sealed class ReportBuilder(IEnumerable<IDocumentReader> readers, PassageSplitter splitter, string pillarNoun)
{
    public ReportBuilder(string pillarNoun = "pillar")
        : this([new MarkdownDocumentReader(), new PlainTextDocumentReader(), new PdfDocumentReader()], new PassageSplitter(), pillarNoun) { }

    public IReadOnlyCollection<string> Extensions => readers.SelectMany(r => r.Extensions).ToHashSet();

    /// <summary><see cref="CorpusOptions.MaxFileBytes"/>: larger corpus files are refused before they are read.</summary>
    public int MaxFileBytes { get; init; } = CorpusOptions.DefaultMaxFileBytes;

    public CorpusSnapshot ReadCorpus(string directory) => CorpusSnapshot.Read(directory, Extensions, MaxFileBytes);

    public Report Build(CorpusSnapshot corpus, SynonymRules synonyms)
    {
        var documents = corpus.Documents.Select(Read).ToList();
        // A transcription marked "fallback: true" stands in for the full report only until its PDF is added.
        bool hasPdf = corpus.Documents.Any(f => f.Extension == ".pdf");
        var used = documents.Where(d => !(hasPdf && d.Metadata.Fallback)).ToList();

        var passages = splitter.Split(used);
        var frameworks = FrameworkDetector.Detect(passages);
        var pillars = FrameworkDetector.ChoosePillars(frameworks, pillarNoun);
        using var analyzer = ReportAnalyzer.ForIndex(synonyms);
        passages = new PillarTagger(analyzer).Tag(passages, pillars);

        // Metadata from every file, the full report's first: a landing page still knows the authors and examples.
        var metadata = used.Concat(documents.Except(used)).Select(d => d.Metadata)
            .Aggregate(new ReportMetadata(), (acc, m) => acc.MergedWith(m));
        return new Report
        {
            Metadata = metadata,
            Passages = passages,
            Frameworks = frameworks,
            Pillars = pillars,
            ContentHash = corpus.Hash,
        };
    }

    private SourceDocument Read(CorpusFile file)
    {
        var reader = readers.FirstOrDefault(r => r.Extensions.Contains(file.Extension))
            ?? throw new CorpusException($"No reader for '{file.Name}'.");
        try
        {
            return reader.Read(file.Name, file.Content);
        }
        catch (Exception e) when (e is not CorpusException)
        {
            throw new CorpusException($"Could not read '{file.Name}': {e.Message}", e);
        }
    }
}
