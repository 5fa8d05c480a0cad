using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Net;

/// <summary>
/// Cleans text that came from an upstream service (an error body, a reason phrase) before it is logged or stored:
/// the bot's own secrets and anything that looks like an <c>Authorization</c> value are replaced, control
/// characters are dropped and the text is cut short. An upstream that echoes what it was sent must not be able to
/// put our token into a log line or the state file.
/// </summary>
public sealed partial class SecretRedactor
{
    public const int DefaultMaxLength = 300;
    private const string Mask = "[redacted]";
    private readonly string[] _secrets;

    /// <param name="secrets">The bot token, the app password…; empty and very short values are ignored.</param>
    /// <remarks>Each secret is also looked for as a URL or form encoding would write it (an upstream echoing a request body).</remarks>
    public SecretRedactor(IEnumerable<string?> secrets) =>
        _secrets = secrets.OfType<string>().Select(s => s.Trim()).Where(s => s.Length >= 8)
            .SelectMany(s => new[] { s, Uri.EscapeDataString(s), System.Net.WebUtility.UrlEncode(s) })
            .Distinct().OrderByDescending(s => s.Length).ToArray();

    public string Redact(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        string clean = text;
        // Encodings differ in the case of their hex digits (%2B, %2b): compare without case.
        foreach (var secret in _secrets) clean = clean.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
        clean = CredentialPattern().Replace(clean, m => m.Groups["scheme"].Value.TrimEnd() + " " + Mask);
        var sb = new StringBuilder(Math.Min(clean.Length, maxLength + 1));
        foreach (char c in clean)
        {
            if (sb.Length > maxLength) break;
            sb.Append(char.IsControl(c) ? ' ' : c);
        }
        return sb.Length > maxLength ? sb.ToString(0, maxLength) + "…" : sb.ToString();
    }

    // "Bot <token>", "Bearer <token>", "Basic <credentials>" (credentials are long: "Bot Framework" is not one), the
    // value after "Authorization:", and values a form body names: client_secret=…, password=…, access_token=….
    [GeneratedRegex(@"(?<scheme>\bAuthorization\s*[:=]\s*(?:(?:Bot|Bearer|Basic)\s+)?|\b(?:Bot|Bearer|Basic)\s+(?=[A-Za-z0-9._~+/=%-]{16})|\b(?:client_secret|password|access_token|refresh_token|client_assertion)\s*[:=]\s*)[A-Za-z0-9._~+/=%-]{6,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CredentialPattern();
}
