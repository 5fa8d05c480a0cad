using System.Runtime.CompilerServices;

namespace ReportBot.Core.Search;

/// <summary>
/// A replaced index waiting out its grace period. When the grace period ends (or the library is disposed)
/// <see cref="Retire"/> disposes it, lets go of it and asks the GC to give the freed memory back to the operating system.
/// </summary>
/// <remarks>
/// Measured with the reload probe (docs/benchmarks.md): after a full ordinary GC the live heap stayed at about 7 MB
/// across ten reloads, yet the memory the GC kept committed grew from 19 MB to 43 MB (Server GC) or 27 MB to 66 MB
/// (Workstation GC), and the resident set with it. An aggressive collection decommits free regions. Reloads are
/// rare and operator-driven and the heap is small, so one blocking collection per retired index costs a few
/// milliseconds on a timer thread, never on a reply.
/// </remarks>
internal sealed class RetiringIndex(ReportIndex index, Action<RetiringIndex> retired)
{
    private ReportIndex? _index = index;
    private ITimer? _timer;

    /// <summary>Retires the index once <paramref name="delay"/> has passed on <paramref name="time"/>.</summary>
    public void Schedule(TimeProvider time, TimeSpan delay) =>
        // The caller keeps this object (and so the timer) reachable until it fires; an unreferenced timer could be
        // collected before its due time.
        _timer = time.CreateTimer(static state => ((RetiringIndex)state!).Retire(), this, delay, Timeout.InfiniteTimeSpan);

    public void Retire(bool returnMemory = true)
    {
        if (!DisposeOnce()) return;
        retired(this);
        if (returnMemory) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    // Kept out of line so that no local in Retire still refers to the index when the collection runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool DisposeOnce()
    {
        var index = Interlocked.Exchange(ref _index, null);
        if (index is null) return false;
        Interlocked.Exchange(ref _timer, null)?.Dispose();
        index.Dispose();
        return true;
    }
}
