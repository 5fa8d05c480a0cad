using ReportBot.Core.Net;

namespace ReportBot.Teams.Connector;

/// <summary>
/// A Bot Connector service URL, parsed and normalised once: absolute <c>http</c>/<c>https</c>, a host, no user info,
/// query or fragment, no trailing slash. The only paths ever written under it are the connector's activity routes,
/// with every id percent-encoded, so nothing in an activity can point a post anywhere else on that host.
/// </summary>
public sealed class ServiceUrl
{
    private readonly string _base;

    private ServiceUrl(Uri uri, bool isLocal)
    {
        Uri = uri;
        IsLocal = isLocal;
        _base = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public Uri Uri { get; }

    /// <summary>The host is written as <c>localhost</c>, <c>127.x.y.z</c> or <c>[::1]</c> (<see cref="LoopbackHost"/>).</summary>
    public bool IsLocal { get; }

    public override string ToString() => _base;

    public static ServiceUrl? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2048) return null;
        // Whitespace, control characters and backslashes are read differently by different parsers (Uri turns '\'
        // into '/'), so the host as written could differ from the host dialled.
        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\')) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.Host.Length == 0) return null;
        return new ServiceUrl(uri, LoopbackHost.IsLiteral(HostAsWritten(text)));
    }

    /// <summary>
    /// <c>POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>, exactly. Ids are percent-encoded (Teams
    /// conversation ids hold ':', ';' and '@'); an empty id or a dot segment ("." or "..") is refused, since it would
    /// move the path once the URL is resolved.
    /// </summary>
    /// <exception cref="ArgumentException">An id that cannot be a path segment.</exception>
    public Uri Activities(string conversationId, string? replyToId)
    {
        string path = "/v3/conversations/" + Segment(conversationId, nameof(conversationId)) + "/activities";
        if (!string.IsNullOrEmpty(replyToId)) path += "/" + Segment(replyToId, nameof(replyToId));
        var target = new Uri(_base + path);
        // Belt and braces: whatever Uri does to the text, the request goes exactly where it was built to go.
        if (!string.Equals(target.GetLeftPart(UriPartial.Path), _base + path, StringComparison.Ordinal))
            throw new ArgumentException("The conversation or activity id does not make a valid connector path.", nameof(conversationId));
        return target;
    }

    /// <summary>Longest conversation or activity id taken (Teams' are a few hundred characters at most).</summary>
    public const int MaxIdLength = 1024;

    /// <summary>Whether an id can be one path segment of a connector route once percent-encoded.</summary>
    public static bool IsPathSegment(string? id) => !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && id is not ("." or "..");

    private static string Segment(string id, string name) =>
        IsPathSegment(id) ? Uri.EscapeDataString(id) : throw new ArgumentException($"'{id}' cannot be a path segment.", name);

    // Uri normalises what it parses (127.1 becomes 127.0.0.1), so whether the host is written plainly as this machine
    // is read from the text itself.
    private static string HostAsWritten(string text)
    {
        int start = text.IndexOf("://", StringComparison.Ordinal) + 3;
        int end = text.IndexOfAny(['/', '?', '#'], start);
        string authority = end < 0 ? text[start..] : text[start..end];
        if (authority.StartsWith('['))
            return authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)];
        int colon = authority.LastIndexOf(':');
        return colon < 0 ? authority : authority[..colon];
    }
}
