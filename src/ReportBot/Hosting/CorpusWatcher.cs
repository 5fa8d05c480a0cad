using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;

namespace ReportBot.Hosting;

/// <summary>
/// Rebuilds the index in the background when a file in the corpus folder changes (a PDF dropped in, synonyms
/// edited), when the process gets SIGHUP, or when <see cref="ReloadNowAsync"/> is called; queries keep running on the
/// old index until the new one is swapped in. A corpus that fails to build leaves the old index serving, and the
/// log says why.
/// </summary>
public sealed partial class CorpusWatcher(
    ReportLibrary library,
    IOptions<CorpusOptions> corpus,
    ILogger<CorpusWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changes = new(0, 1);
    private const int Sighup = 1;
    private FileSystemWatcher? _watcher;
    private PosixSignalRegistration? _hangup;

    /// <summary>
    /// Arms the folder watcher and the SIGHUP handler before the host reports itself started. (ExecuteAsync runs on
    /// the thread pool and may begin after the bot already answers; a SIGHUP arriving before registration is lost.)
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _watcher = new FileSystemWatcher(library.CorpusDirectory) { IncludeSubdirectories = false };
        _watcher.Changed += (_, _) => Signal();
        _watcher.Created += (_, _) => Signal();
        _watcher.Deleted += (_, _) => Signal();
        _watcher.Renamed += (_, _) => Signal();
        _watcher.EnableRaisingEvents = true;
        // SIGHUP is an explicit request: rebuild now, without waiting for the folder to go quiet.
        if (IgnoredSignals.IsIgnored(Sighup)) Log.HangupIgnored(logger);
        _hangup = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true; // reload, don't exit
            _ = ReloadNowAsync();
        });
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _changes.WaitAsync(stoppingToken).ConfigureAwait(false);
            // Wait for the folder to go quiet: each new change restarts the wait.
            // (a file being copied is then read once, whole).
            while (await _changes.WaitAsync(corpus.Value.ReloadDebounce, stoppingToken).ConfigureAwait(false)) { }
            await ReloadNowAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Rebuilds now if the corpus changed (the library serialises reloads and logs the swap); returns what is in
    /// service afterwards, or the reason it failed.
    /// </summary>
    public Task<(bool Succeeded, string Message)> ReloadNowAsync() => Task.Run(() =>
    {
        try
        {
            var report = library.Reload().Report;
            return (true, $"serving corpus {report.ContentHash}: {report.Passages.Count} passages, {report.Pillars?.Items.Count ?? 0} pillars");
        }
        catch (Exception e) when (e is CorpusException or IOException or UnauthorizedAccessException)
        {
            Log.ReloadFailed(logger, e.Message);
            return (false, $"kept corpus {library.Current.Report.ContentHash}: {e.Message}");
        }
    });

    private void Signal()
    {
        try { _changes.Release(); }
        catch (SemaphoreFullException) { /* a change is already waiting to be handled */ }
    }

    public override void Dispose()
    {
        _hangup?.Dispose();
        _watcher?.Dispose();
        _changes.Dispose();
        base.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Warning, "The changed corpus could not be indexed; the previous index keeps serving: {Reason}")]
        public static partial void ReloadFailed(ILogger logger, string reason);

        [LoggerMessage(3, LogLevel.Warning, "SIGHUP is ignored in this process (started under nohup?), so it will not reload the corpus; POST /admin/reindex or a change in the corpus folder still does")]
        public static partial void HangupIgnored(ILogger logger);
    }
}
