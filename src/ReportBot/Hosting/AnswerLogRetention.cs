using ReportBot.State;

namespace ReportBot.Hosting;

/// <summary>
/// Deletes answer-log entries past <c>Feedback:KeepDays</c> once a day. The log is also trimmed when it is opened, but
/// a bot that runs for months without a restart would otherwise keep questions far longer than the README promises.
/// </summary>
public sealed partial class AnswerLogRetention(SqliteAnswerLog log, TimeProvider time, ILogger<AnswerLogRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Raised after each daily pass with how many entries it deleted, so a caller can tell the pass has run.</summary>
    public event Action<int>? Pruned;

    private PeriodicTimer? _timer;

    /// <summary>The day is counted from start-up: the timer exists before this returns (ExecuteAsync runs later, on the pool).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(Interval, time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("StartAsync creates the timer");
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                int deleted = log.DeleteExpired();
                if (deleted > 0) Log.Deleted(logger, deleted);
                Pruned?.Invoke(deleted);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Deleted {Count} answer-log entries past the retention period")]
        public static partial void Deleted(ILogger logger, int count);
    }
}
