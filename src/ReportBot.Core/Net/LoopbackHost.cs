using System.Text.RegularExpressions;

namespace ReportBot.Core.Net;

/// <summary>
/// Whether a host name, as written, plainly names this machine: <c>localhost</c>, a dotted-quad <c>127.x.y.z</c>, or
/// <c>[::1]</c>. Spellings that only parse to loopback (<c>127.1</c>, <c>2130706433</c>, <c>0x7f.0.0.1</c>,
/// <c>[::ffff:127.0.0.1]</c>) are refused: a check that accepts whatever a parser turns into 127.0.0.1 is only as strict
/// as the most lenient parser downstream.
/// </summary>
public static partial class LoopbackHost
{
    public static bool IsLiteral(string? host) =>
        host is not null
        && (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host == "[::1]"
            || (DottedQuad().Match(host) is { Success: true } quad && quad.Groups[1].Captures.All(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture) <= 255)));

    // Three decimal parts after 127, each 0–255 without leading zeros (a leading zero is octal to some parsers).
    [GeneratedRegex(@"\A127(?:\.(0|[1-9][0-9]{0,2})){3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DottedQuad();
}
