using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;
using ReportBot.Core.Analysis;
using ReportBot.Core.Documents;
using ReportBot.Core.Semantic;

namespace ReportBot.Core.Search;

/// <summary>
/// One immutable, searchable version of the report: the Lucene index of one corpus hash plus the passages in
/// memory. Replaced as a whole when the corpus changes, so a query always sees one consistent version.
/// </summary>
public sealed class ReportIndex : IDisposable
{
    private readonly Dictionary<string, int> _documentFrequency;
    private int _disposed;

    /// <param name="directory">The index files the searchers read (a copy in memory); disposed with this index.</param>
    internal ReportIndex(Report report, SynonymRules synonyms, SearcherManager searchers, LuceneDirectory directory, string location,
        SemanticIndex? semantic = null)
    {
        Semantic = semantic;
        Files = directory;
        Report = report;
        Location = location;
        Searchers = searchers;
        IndexAnalyzer = ReportAnalyzer.ForIndex(synonyms);
        QuestionAnalyzer = ReportAnalyzer.ForQuestions(synonyms);

        var labels = FrameworkLabels.ByPassageId(report.Frameworks);
        Passages = report.Passages.Select(p => Analyse(p, labels.GetValueOrDefault(p.Id))).ToArray();
        _documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var passage in Passages)
            foreach (var term in passage.Terms)
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        StemTypos = new TypoCorrector(_documentFrequency.Keys);
        Typos = new SurfaceVocabulary(
            report.Passages.SelectMany(p => new[] { p.Text, p.Context ?? "" }.Concat(p.SectionPath)).Concat(labels.Values),
            IndexAnalyzer);
        DocumentPassages = MapDocuments(searchers);
    }

    /// <summary>
    /// Lucene document id → passage, read once: the index never changes after it is built, so ids are stable and
    /// a query needs no stored-field reads.
    /// </summary>
    private IndexedPassage[] MapDocuments(SearcherManager searchers)
    {
        var searcher = searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var map = new IndexedPassage[reader.MaxDoc];
            var fields = new HashSet<string> { PassageFields.Ordinal };
            for (int doc = 0; doc < reader.MaxDoc; doc++)
                map[doc] = Passages[reader.Document(doc, fields).GetField(PassageFields.Ordinal).GetInt32Value()!.Value];
            return map;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public Report Report { get; }

    /// <summary>The folder the Lucene index lives in.</summary>
    public string Location { get; }

    internal SearcherManager Searchers { get; }

    /// <summary>The index files the searchers read: a copy in memory, owned (and disposed) by this index.</summary>
    internal LuceneDirectory Files { get; }
    internal ReportAnalyzer IndexAnalyzer { get; }
    internal ReportAnalyzer QuestionAnalyzer { get; }
    internal IReadOnlyList<IndexedPassage> Passages { get; }
    internal IndexedPassage[] DocumentPassages { get; }
    internal SurfaceVocabulary Typos { get; }

    /// <summary>The passages' meaning vectors and the model that made them; null when answering by words alone.</summary>
    internal SemanticIndex? Semantic { get; }
    internal TypoCorrector StemTypos { get; }

    internal int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>BM25's IDF over passages; a term no passage has gets the highest value.</summary>
    internal double Idf(int documentFrequency) =>
        Math.Log(1 + (Passages.Count - documentFrequency + 0.5) / (documentFrequency + 0.5));

    private IndexedPassage Analyse(Passage passage, string? label)
    {
        var body = TokenReader.Read(IndexAnalyzer, passage.Text).ToArray();
        var terms = body.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in new[] { string.Join(" ", passage.SectionPath), passage.Context, label })
            if (extra is not null)
                foreach (var token in TokenReader.Read(IndexAnalyzer, extra)) terms.Add(token.Term);
        return new IndexedPassage(passage, terms, body);
    }

    /// <summary>True once disposed (after being replaced and retired, or with the library).</summary>
    internal bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        Searchers.Dispose();
        // Closing the reader leaves the files in the in-memory directory; the directory drops them (most of an
        // index's memory) even if something still holds on to this object.
        Files.Dispose();
        IndexAnalyzer.Dispose();
        QuestionAnalyzer.Dispose();
    }
}
