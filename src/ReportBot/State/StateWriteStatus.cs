namespace ReportBot.State;

/// <summary>How the state file's queued writes are going.</summary>
/// <param name="FailingSince">When the current run of failures began, or null while writes succeed.</param>
/// <param name="Failures">Failed batches since then.</param>
/// <param name="LastError">SQLite's message for the latest failure.</param>
/// <param name="LastSuccess">When a batch last went in.</param>
public sealed record StateWriteStatus(DateTimeOffset? FailingSince, int Failures, string? LastError, DateTimeOffset? LastSuccess)
{
    public static StateWriteStatus Idle { get; } = new(null, 0, null, null);

    public bool Failing => FailingSince is not null;

    public StateWriteStatus Failed(string error, DateTimeOffset at) =>
        this with { FailingSince = FailingSince ?? at, Failures = Failures + 1, LastError = error };
}
