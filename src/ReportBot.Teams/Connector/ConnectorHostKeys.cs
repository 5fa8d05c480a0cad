using System.Collections.Concurrent;

namespace ReportBot.Teams.Connector;

/// <summary>
/// Which connector host a post belongs to, for its circuit and its share of the outbound workers. Every host gets its
/// own, except on this machine: in local mode the service URL is whatever a local caller wrote, and a key per port
/// would let it create circuits and worker lanes without end, so past <see cref="MaxLocalHosts"/> local hosts the
/// rest share one.
/// </summary>
public sealed class ConnectorHostKeys
{
    public const int MaxLocalHosts = 64;
    public const string OtherLocalHosts = "local-other";

    private readonly ConcurrentDictionary<string, byte> _local = new(StringComparer.Ordinal);

    public string For(Uri target)
    {
        string authority = target.GetLeftPart(UriPartial.Authority);
        if (!target.IsLoopback) return authority;
        if (_local.ContainsKey(authority)) return authority;
        if (_local.Count >= MaxLocalHosts) return OtherLocalHosts;
        // Two threads may both pass the count check: the bound may be overshot by a few, which is harmless.
        _local.TryAdd(authority, 0);
        return authority;
    }
}
