namespace ReportBot.State;

/// <summary>
/// Drains the <see cref="StateWriteQueue"/> in the background. While the file refuses writes it tries again with a
/// growing pause (up to half a minute) and logs at most once a minute, with how many batches failed meanwhile; the
/// first batch that goes in again is logged once too.
/// </summary>
public sealed partial class StateWriter(StateWriteQueue queue, TimeProvider time, ILogger<StateWriter> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LogEvery = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        DateTimeOffset? lastLogged = null;
        int failuresSinceLog = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (queue.Status.Failing) await Task.Delay(retry, time, stoppingToken).ConfigureAwait(false);
                else await queue.WaitForWorkAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            bool wasFailing = queue.Status.Failing;
            int failuresBefore = queue.Status.Failures;
            if (queue.WriteBatch() is { } failure)
            {
                failuresSinceLog++;
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
                var now = time.GetUtcNow();
                if (lastLogged is null || now - lastLogged >= LogEvery)
                {
                    Log.Failing(logger, failuresSinceLog, queue.Pending, queue.Dropped, failure.Message);
                    lastLogged = now;
                    failuresSinceLog = 0;
                }
            }
            else if (wasFailing)
            {
                Log.Recovered(logger, failuresBefore);
                retry = FirstRetry;
                lastLogged = null;
                failuresSinceLog = 0;
            }
        }
        // Whatever is still waiting at shutdown gets one last try.
        queue.WriteBatch();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "The state file refuses writes ({Failures} failed tries since the last report; {Pending} waiting, {Dropped} dropped): {Error}. Answers go on; conversation addresses and the answer log are written once it accepts them again.")]
        public static partial void Failing(ILogger logger, int failures, int pending, long dropped, string error);

        [LoggerMessage(2, LogLevel.Information, "The state file accepts writes again after {Failures} failed tries")]
        public static partial void Recovered(ILogger logger, int failures);
    }
}
