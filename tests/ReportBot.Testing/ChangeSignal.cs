namespace ReportBot.Testing;

/// <summary>
/// Wakes whoever waits on state that another thread changes (the requests a fake received, the frames a client sent,
/// the entries a logger kept): the side that changes the state calls <see cref="Pulse"/> after each change, and
/// <see cref="WaitAsync{T}"/> looks at the state again on each pulse, never on a timer. The timeout is only a safety
/// net against a hang: it fails the wait with the caller's message, and no test expects a wait to end that way.
/// </summary>
public sealed class ChangeSignal
{
    private static readonly object Met = new();

    private TaskCompletionSource _next = NewPulse();

    /// <summary>Says that the state changed: every waiter looks again. Call it after the change is visible.</summary>
    public void Pulse() => Interlocked.Exchange(ref _next, NewPulse()).TrySetResult();

    /// <summary>
    /// Returns what <paramref name="probe"/> finds as soon as it finds something, looking now and after each
    /// <see cref="Pulse"/>; throws <see cref="TimeoutException"/> with <paramref name="failure"/>'s text if nothing
    /// is found within <paramref name="timeout"/>.
    /// </summary>
    public async Task<T> WaitAsync<T>(Func<T?> probe, TimeSpan timeout, Func<string> failure) where T : class
    {
        using var safetyNet = new CancellationTokenSource(timeout);
        while (true)
        {
            // Taken before looking: a change made after the probe has looked completes this very task, so it is not missed.
            var changed = Volatile.Read(ref _next).Task;
            if (probe() is { } found) return found;
            try
            {
                await changed.WaitAsync(safetyNet.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (safetyNet.IsCancellationRequested)
            {
                return probe() ?? throw new TimeoutException(failure());
            }
        }
    }

    /// <summary>Completes as soon as <paramref name="condition"/> holds (see <see cref="WaitAsync{T}"/>).</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> failure) =>
        WaitAsync(() => condition() ? Met : null, timeout, failure);

    private static TaskCompletionSource NewPulse() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
