using System.Net;

namespace ReportBot.Core.Net;

/// <summary>
/// The one rule for "a caller on this machine", used wherever being local is what grants access (unauthenticated
/// Bot Framework requests in local mode, metrics, the admin endpoint). A loopback connection is not enough: a reverse
/// proxy or tunnel on this machine also connects from loopback on behalf of anyone. So the request must also carry
/// no forwarding header (<c>Forwarded</c>, <c>X-Forwarded-*</c>, <c>X-Original-*</c>, which proxies and ASP.NET's
/// forwarded-headers middleware add) and be addressed to <c>localhost</c>, <c>127.0.0.1</c> or <c>[::1]</c>, which
/// a browser tricked by DNS rebinding, or a tunnel, does not send. A forwarder that adds no header and rewrites the
/// host (a bare TCP relay, a minimal proxy) cannot be told apart from a local caller: local mode must not sit behind
/// one, which is why the README has credentials set before any tunnel is opened.
/// </summary>
public static class LocalCaller
{
    /// <param name="remote">The connection's remote address.</param>
    /// <param name="host">The request's <c>Host</c> header, with or without a port.</param>
    /// <param name="headerNames">The names of every header the request carries.</param>
    public static bool IsLocal(IPAddress? remote, string? host, IEnumerable<string> headerNames)
    {
        if (remote is null) return false;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        if (!IPAddress.IsLoopback(remote)) return false;
        if (!IsLocalHost(host)) return false;
        return !headerNames.Any(IsForwardingHeader);
    }

    // The standard ones, and the names common proxies, CDNs and load balancers use for the client they act for.
    private static readonly string[] ForwardingPrefixes = ["Forwarded", "X-Forwarded", "X-Original-", "X-Envoy-", "X-Azure-"];

    private static readonly HashSet<string> ForwardingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Via", "X-Real-IP", "True-Client-IP", "CF-Connecting-IP", "Client-IP", "X-Client-IP", "X-Cluster-Client-IP",
        "Fastly-Client-IP", "X-ProxyUser-Ip", "X-Host", "X-ProxyMesh-IP",
    };

    private static bool IsForwardingHeader(string name) =>
        ForwardingNames.Contains(name) || ForwardingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static bool IsLocalHost(string? host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        string name = host;
        // Strip the port: after the bracket for IPv6, after the only colon otherwise.
        if (host.StartsWith('['))
        {
            int close = host.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || !IsPort(host.AsSpan(close + 1))) return false;
            name = host[..(close + 1)];
        }
        else if (host.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
        {
            if (!IsPort(host.AsSpan(colon))) return false;
            name = host[..colon];
        }
        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase) || name is "127.0.0.1" or "[::1]";
    }

    /// <summary>Nothing, or a colon and 1–5 digits.</summary>
    private static bool IsPort(ReadOnlySpan<char> rest) =>
        rest.IsEmpty || (rest[0] == ':' && rest.Length is >= 2 and <= 6 && rest[1..].ContainsAnyExceptInRange('0', '9') == false);
}
