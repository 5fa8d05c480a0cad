using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Semantic;

namespace ReportBot.Core.Search;

/// <summary>
/// Owns the report index in service: loads it (building when the corpus changed), and on <see cref="Reload"/>
/// swaps in a new one atomically. Queries that hold the old index finish on it; it is disposed afterwards.
/// </summary>
public sealed partial class ReportLibrary : IReportIndexProvider, IDisposable
{
    private readonly string _corpusDirectory;
    private readonly ReportBuilder _builder;
    private readonly IndexStore _store;
    private readonly ILogger _logger;
    private readonly Lock _reloadLock = new();
    private ReportIndex? _current;

    /// <summary>How long a replaced index stays open for queries already running on it, by default.</summary>
    public static TimeSpan DefaultRetireAfter { get; } = TimeSpan.FromSeconds(30);

    private readonly TimeSpan _retireAfter;
    private readonly TimeProvider _time;
    private readonly HashSet<RetiringIndex> _retiring = [];

    public ReportLibrary(string corpusDirectory, string dataDirectory, ReportBuilder builder, ILoggerFactory? loggers = null,
        TimeSpan? retireAfter = null, TimeProvider? time = null, ITextEmbedder? embedder = null)
    {
        _retireAfter = retireAfter ?? DefaultRetireAfter;
        _time = time ?? TimeProvider.System;
        loggers ??= NullLoggerFactory.Instance;
        _corpusDirectory = corpusDirectory;
        _builder = builder;
        _store = new IndexStore(dataDirectory, builder, loggers.CreateLogger<IndexStore>(), embedder);
        _logger = loggers.CreateLogger<ReportLibrary>();
    }

    public ReportIndex Current => Volatile.Read(ref _current) ?? Reload();

    /// <summary>The folder the corpus is read from.</summary>
    public string CorpusDirectory => _corpusDirectory;

    /// <summary>Reads the corpus and puts its index in service; builds it if the content hash is new.</summary>
    public ReportIndex Reload(bool forceRebuild = false)
    {
        lock (_reloadLock)
        {
            if (!forceRebuild && _current is not null)
            {
                var corpus = _builder.ReadCorpus(_corpusDirectory);
                if (corpus.Hash == _current.Report.ContentHash) return _current;
                return Swap(_store.Open(corpus));
            }
            return Swap(_store.Open(_builder.ReadCorpus(_corpusDirectory), forceRebuild));
        }
    }

    private ReportIndex Swap(ReportIndex next)
    {
        var previous = Interlocked.Exchange(ref _current, next);
        if (previous is not null && !ReferenceEquals(previous, next))
        {
            // Queries that picked up the old index a moment ago may still be running on it: retire it after a grace period.
            var retiring = new RetiringIndex(previous, Forget);
            if (_retireAfter <= TimeSpan.Zero) retiring.Retire();
            else
            {
                lock (_retiring) _retiring.Add(retiring);
                retiring.Schedule(_time, _retireAfter);
            }
            Log.NowServing(_logger, next.Report.ContentHash, next.Report.Passages.Count);
        }
        return next;
    }

    private void Forget(RetiringIndex retired)
    {
        lock (_retiring) _retiring.Remove(retired);
    }

    public void Dispose()
    {
        RetiringIndex[] pending;
        lock (_retiring) pending = [.. _retiring];
        foreach (var retiring in pending) retiring.Retire(returnMemory: false);
        Interlocked.Exchange(ref _current, null)?.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Now serving corpus {Hash} ({Passages} passages)")]
        public static partial void NowServing(ILogger logger, string hash, int passages);
    }
}
