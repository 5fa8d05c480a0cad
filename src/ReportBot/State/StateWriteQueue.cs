using Microsoft.Data.Sqlite;
using ReportBot.Core.Storage;

namespace ReportBot.State;

/// <summary>
/// Writes the state file off the reply path: conversation addresses, answer-log rows and remembered questions are
/// queued here and written in batches by <see cref="StateWriter"/>, so no answer waits for the disk and none fails
/// because it is full. Writes are keyed and coalesced (a newer address replaces a waiting one). A failed batch stays
/// queued and is tried again later; past <see cref="MaxPending"/> the oldest are dropped and counted.
/// </summary>
public sealed class StateWriteQueue(StateDatabase database, TimeProvider time) : IDisposable
{
    public const int MaxPending = 10_000;

    private readonly Lock _lock = new();
    private readonly Lock _writing = new();
    private readonly OrderedDictionary<string, Action<SqliteConnection, SqliteTransaction>> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0, 1);
    private long _dropped;

    /// <summary>What the last batch did: readiness reports it.</summary>
    public StateWriteStatus Status { get; private set; } = StateWriteStatus.Idle;

    public int Pending
    {
        get { lock (_lock) return _pending.Count; }
    }

    /// <summary>Writes dropped because too many were waiting while the file refused them.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Queues a write; one already waiting under the same key is replaced.</summary>
    public void Enqueue(string key, Action<SqliteConnection, SqliteTransaction> write)
    {
        lock (_lock)
        {
            _pending[key] = write;
            while (_pending.Count > MaxPending)
            {
                _pending.RemoveAt(0);
                Interlocked.Increment(ref _dropped);
            }
        }
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer signalled at the same moment: one wake-up is enough.
            }
        }
    }

    /// <summary>Waits until something is queued.</summary>
    internal Task WaitForWorkAsync(CancellationToken cancellationToken) => _signal.WaitAsync(cancellationToken);

    /// <summary>
    /// Writes everything waiting now, on the caller's thread: for a caller that needs a queued row in the file (a vote
    /// needs its answer's row). Throws <see cref="StateStoreException"/> when the file refuses.
    /// </summary>
    public void Flush()
    {
        if (WriteBatch() is { } failure) throw new StateStoreException($"The state file refused the waiting writes: {failure.Message}", failure);
    }

    /// <summary>Writes what is waiting in one transaction; returns the failure, or null.</summary>
    internal SqliteException? WriteBatch()
    {
        lock (_writing)
        {
            List<KeyValuePair<string, Action<SqliteConnection, SqliteTransaction>>> batch;
            lock (_lock) batch = [.. _pending];
            if (batch.Count == 0)
            {
                // Nothing waits, so nothing is failing (a flush may have written what the background try could not).
                if (Status.Failing) Status = Status with { FailingSince = null, Failures = 0, LastError = null };
                return null;
            }
            try
            {
                using var connection = database.Open();
                using var transaction = connection.BeginTransaction();
                foreach (var (_, write) in batch) write(connection, transaction);
                transaction.Commit();
            }
            catch (SqliteException e)
            {
                Status = Status.Failed(e.Message, time.GetUtcNow());
                return e;
            }
            lock (_lock)
            {
                // Only what was written leaves the queue: a write queued under the same key meanwhile is newer.
                foreach (var (key, write) in batch)
                    if (_pending.TryGetValue(key, out var current) && ReferenceEquals(current, write)) _pending.Remove(key);
            }
            Status = StateWriteStatus.Idle with { LastSuccess = time.GetUtcNow() };
            return null;
        }
    }

    /// <summary>A last try for whatever still waits (the CLI has no background writer; the host's stops first).</summary>
    public void Dispose()
    {
        WriteBatch();
        _signal.Dispose();
    }
}
