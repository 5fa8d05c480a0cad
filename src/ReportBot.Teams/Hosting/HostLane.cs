namespace ReportBot.Teams.Hosting;

/// <summary>One connector host's share of the outbound sender: its workers and a count of the posts it holds.</summary>
internal sealed class HostLane(int workers)
{
    private int _pending;

    public SemaphoreSlim Workers { get; } = new(workers);

    /// <summary>Takes a place for one more post unless <paramref name="limit"/> are already in flight or waiting.</summary>
    public bool TryEnter(int limit)
    {
        if (Interlocked.Increment(ref _pending) <= limit) return true;
        Interlocked.Decrement(ref _pending);
        return false;
    }

    public void Leave() => Interlocked.Decrement(ref _pending);
}
