using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportBot.Core.Analysis;
using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Semantic;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ReportBot.Core.Search;

/// <summary>
/// Keeps one index folder per corpus hash under <c>{data}/index/</c>. An index is built into a temporary folder
/// and renamed into place only when complete, so a crash or a concurrent builder never leaves a half index in use;
/// an unchanged corpus reuses its folder without rebuilding.
/// </summary>
public sealed partial class IndexStore(string dataDirectory, ReportBuilder builder, ILogger<IndexStore>? logger = null, ITextEmbedder? embedder = null)
{
    private const string ReportFile = "report.json";
    private const string CompleteMarker = "complete";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly ILogger _logger = logger ?? NullLogger<IndexStore>.Instance;
    private readonly QuestionVectorCache? _questions = embedder is null ? null : new QuestionVectorCache(embedder);

    public string Root { get; } = Path.Combine(dataDirectory, "index");

    /// <summary>Opens the index for <paramref name="corpus"/>, building it first if this corpus was never indexed.</summary>
    /// <param name="forceRebuild">Rebuild even if an index for this hash exists.</param>
    public ReportIndex Open(CorpusSnapshot corpus, bool forceRebuild = false)
    {
        var synonyms = ParseSynonyms(corpus);
        string folder = Path.Combine(Root, corpus.Hash);
        Report? report = forceRebuild ? null : TryLoadReport(folder);
        if (report is null)
        {
            report = builder.Build(corpus, synonyms);
            Build(report, synonyms, folder);
        }
        else Log.Reused(_logger, corpus.Hash, folder);

        // Searched from a copy in memory: a report index is a few megabytes at most and never changes once built, and
        // SimpleFSDirectory serialises every read of a file (term look-ups dominated query time on it).
        // The index owns the copy and disposes it with its searchers, so a replaced index gives its memory back.
        using var files = new SimpleFSDirectory(folder);
        var directory = new RAMDirectory(files, IOContext.DEFAULT);
        ReportIndex index;
        try
        {
            index = new ReportIndex(report, synonyms, new SearcherManager(directory, new Bm25SearcherFactory()), directory, folder,
                embedder is null ? null : new SemanticIndex(embedder, VectorsFor(report, folder, embedder), _questions!));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
        RemoveStaleFolders(keep: corpus.Hash);
        return index;
    }

    /// <summary>The passages' vectors: read from beside the index when this model made them, else embedded and saved.</summary>
    private PassageVectors VectorsFor(Report report, string folder, ITextEmbedder model)
    {
        string path = PassageVectors.FileIn(folder, model.ModelId);
        var vectors = PassageVectors.TryLoad(path, model.ModelId, model.Dimensions, report.Passages.Count);
        if (vectors is not null) return vectors;
        var started = System.Diagnostics.Stopwatch.StartNew();
        vectors = PassageVectors.Embed(model, report.Passages.Select(SemanticIndex.TextOf).ToList());
        try
        {
            vectors.Save(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache only: the next start embeds again.
            Log.VectorsNotSaved(_logger, path, e.Message);
        }
        Log.Embedded(_logger, report.Passages.Count, model.ModelId, started.ElapsedMilliseconds);
        return vectors;
    }

    private static SynonymRules ParseSynonyms(CorpusSnapshot corpus)
    {
        try
        {
            return SynonymRules.Parse(corpus.SynonymsText);
        }
        catch (FormatException e)
        {
            throw new CorpusException($"{CorpusSnapshot.SynonymsFileName}: {e.Message}", e);
        }
    }

    private static Report? TryLoadReport(string folder)
    {
        if (!File.Exists(Path.Combine(folder, CompleteMarker))) return null;
        try
        {
            using var stream = File.OpenRead(Path.Combine(folder, ReportFile));
            return JsonSerializer.Deserialize<Report>(stream, Json);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return null;
        }
    }

    private void Build(Report report, SynonymRules synonyms, string folder)
    {
        System.IO.Directory.CreateDirectory(Root);
        string temporary = Path.Combine(Root, $".build-{Guid.NewGuid():N}");
        var started = System.Diagnostics.Stopwatch.StartNew();
        using (var analyzer = ReportAnalyzer.ForIndex(synonyms))
        using (LuceneDirectory directory = new SimpleFSDirectory(temporary))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ReportAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        }))
        {
            var labels = FrameworkLabels.ByPassageId(report.Frameworks);
            foreach (var passage in report.Passages)
                writer.AddDocument(PassageFields.ToDocument(passage, labels.GetValueOrDefault(passage.Id)));
            writer.Commit();
        }
        File.WriteAllText(Path.Combine(temporary, ReportFile), JsonSerializer.Serialize(report, Json));
        File.WriteAllText(Path.Combine(temporary, CompleteMarker), DateTimeOffset.UtcNow.ToString("O"));

        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        try
        {
            System.IO.Directory.Move(temporary, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another process finished the same corpus first; its index is identical.
            System.IO.Directory.Delete(temporary, recursive: true);
        }
        Log.Built(_logger, report.Passages.Count, report.ContentHash, started.ElapsedMilliseconds);
    }

    private void RemoveStaleFolders(string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Root))
        {
            var name = Path.GetFileName(folder);
            bool staleBuild = name.StartsWith(".build-", StringComparison.Ordinal)
                && System.IO.Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1);
            bool otherHash = !name.StartsWith('.') && name != keep;
            if (!staleBuild && !otherHash) continue;
            try { System.IO.Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* in use by another process; try again next time */ }
            catch (UnauthorizedAccessException) { }
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Built the index of {Passages} passages for corpus {Hash} in {Milliseconds} ms")]
        public static partial void Built(ILogger logger, int passages, string hash, long milliseconds);

        [LoggerMessage(2, LogLevel.Debug, "Corpus {Hash} unchanged; using the index in {Folder}")]
        public static partial void Reused(ILogger logger, string hash, string folder);

        [LoggerMessage(3, LogLevel.Information, "Embedded {Passages} passages with {Model} in {Milliseconds} ms")]
        public static partial void Embedded(ILogger logger, int passages, string model, long milliseconds);

        [LoggerMessage(4, LogLevel.Warning, "Could not save the passage vectors to {Path} ({Reason}); the next start embeds them again")]
        public static partial void VectorsNotSaved(ILogger logger, string path, string reason);
    }
}
