using System.Text.RegularExpressions;

namespace ReportBot.Core.Options;

/// <summary>
/// The rule for every URL-valued setting: absolute, https (or wss), plain http (ws) only to this machine, no user
/// name or password in it. Problems name the configuration key; values are shown without their userinfo or query,
/// since either may hold a secret, and values that are not URLs at all are not shown.
/// </summary>
public static partial class UrlSetting
{
    private const string LoopbackHosts = "localhost/127.0.0.1/[::1]";

    /// <summary>Why <paramref name="value"/> is not acceptable for <paramref name="key"/>, or null when it is.</summary>
    /// <param name="scheme">The secure scheme required (<c>https</c> or <c>wss</c>); its plain twin is allowed to loopback only.</param>
    /// <param name="optional">Whether an empty value means "not set" rather than a problem.</param>
    public static string? Problem(string key, string? value, string scheme = "https", bool optional = false)
    {
        string plain = scheme[..^1]; // https → http, wss → ws
        string rule = $"{scheme} URL ({plain} only for {LoopbackHosts})";
        string article = scheme.StartsWith('h') ? "an" : "a"; // "an https", "a wss"
        if (string.IsNullOrWhiteSpace(value)) return optional ? null : $"{key} is required: {article} {rule}.";

        string malformed = $"{key} must be an absolute {rule}; got a relative or malformed value.";
        if (!TrySplit(value, out string written, out string authority, out string rest)) return malformed;

        // Userinfo first: whatever else is wrong, the message must not repeat a password.
        int at = authority.LastIndexOf('@');
        string host = at < 0 ? authority : authority[(at + 1)..];
        string shown = $"{written}://{(at < 0 ? "" : "***@")}{host}{WithoutQuery(rest)}";
        if (at >= 0) return $"{key} must not contain a user name or password; got '{shown}'.";

        // What the HTTP and WebSocket clients will actually use is the parsed URI; it must agree with what is written.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.HostNameType == UriHostNameType.Unknown
            || !string.Equals(uri.Scheme, written, StringComparison.OrdinalIgnoreCase) || HostOf(host) is not { Length: > 0 } hostWritten)
            return malformed;

        if (uri.Scheme == scheme) return null;
        if (uri.Scheme == plain && Net.LoopbackHost.IsLiteral(hostWritten) && uri.IsLoopback) return null;
        return $"{key} must be {article} {rule}; got '{shown}'.";
    }

    /// <summary>Scheme as written, authority (up to the first <c>/</c>, <c>?</c> or <c>#</c>) and the rest.</summary>
    private static bool TrySplit(string value, out string scheme, out string authority, out string rest)
    {
        scheme = authority = rest = "";
        // Whitespace, control characters and backslashes are read differently by different parsers.
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\')) return false;
        int separator = value.IndexOf("://", StringComparison.Ordinal);
        if (separator < 1 || !SchemeName().IsMatch(value[..separator])) return false;
        scheme = value[..separator];
        string afterScheme = value[(separator + 3)..];
        int end = afterScheme.IndexOfAny(['/', '?', '#']);
        authority = end < 0 ? afterScheme : afterScheme[..end];
        rest = end < 0 ? "" : afterScheme[end..];
        return authority.Length > 0;
    }

    /// <summary>The host of an authority without userinfo: up to the port, brackets kept for IPv6.</summary>
    private static string? HostOf(string authority)
    {
        if (authority.StartsWith('['))
        {
            int close = authority.IndexOf(']');
            return close < 0 ? null : authority[..(close + 1)];
        }
        int colon = authority.IndexOf(':');
        return colon < 0 ? authority : authority[..colon];
    }

    private static string WithoutQuery(string rest)
    {
        int cut = rest.IndexOfAny(['?', '#']);
        return cut < 0 ? rest : rest[..(cut + 1)] + "…";
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*$")]
    private static partial Regex SchemeName();
}
