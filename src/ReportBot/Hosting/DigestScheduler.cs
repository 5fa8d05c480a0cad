using Microsoft.Extensions.Options;
using ReportBot.Core.Digest;

namespace ReportBot.Hosting;

/// <summary>
/// Runs the digest every <see cref="DigestOptions.CheckInterval"/>, one pass at a time (a pass never overlaps the
/// next, so a slow post is never planned twice). A failing pass is logged and the next one runs as usual.
/// </summary>
public sealed partial class DigestScheduler(DigestRunner runner, IOptions<DigestOptions> options, TimeProvider time, ILogger<DigestScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        do
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
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "A digest pass failed; the next one runs as scheduled")]
        public static partial void PassFailed(ILogger logger, Exception exception);
    }
}
