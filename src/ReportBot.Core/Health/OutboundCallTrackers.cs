using System.Collections.Concurrent;

namespace ReportBot.Core.Health;

/// <summary>One <see cref="OutboundCallTracker"/> per name, shared by whoever records calls and whoever reports on them.</summary>
public sealed class OutboundCallTrackers(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, OutboundCallTracker> _trackers = new(StringComparer.Ordinal);

    public OutboundCallTracker For(string name) => _trackers.GetOrAdd(name, n => new OutboundCallTracker(n, time));
}
