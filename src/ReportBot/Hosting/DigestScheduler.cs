using Microsoft.Extensions.Options;
using ReportBot.Core.Digest;

namespace ReportBot.Hosting;

/// <summary>
/// Runs the digest every <see cref="DigestOptions.CheckInterval"/>, the first pass one interval after start-up (so
/// a start is not slowed by a burst of posts, and whoever starts the host can set up state before any pass), one
/// pass at a time (a pass never overlaps the next, so a slow post is never planned twice). A failing pass is logged
/// and the next one runs as usual.
/// </summary>
public sealed partial class DigestScheduler(DigestRunner runner, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.PassFailed(logger, e);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "A digest pass failed; the next one runs as scheduled")]
        public static partial void PassFailed(ILogger logger, Exception exception);
    }
}
