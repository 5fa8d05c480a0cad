using System.Globalization;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Reads the small YAML subset used for report front matter: <c>key: value</c> lines, optionally quoted,
/// and inline lists <c>[a, b]</c>. Anything else is ignored rather than rejected, so an operator's extra keys do no harm.
/// </summary>
public static class FrontMatter
{
    /// <summary>Splits a leading <c>---</c> block off <paramref name="text"/>. Returns the body and the metadata (empty if none).</summary>
    public static (ReportMetadata Metadata, string Body, int BodyLineOffset) Split(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---") return (new ReportMetadata(), text, 0);
        int end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        if (end < 0) return (new ReportMetadata(), text, 0);
        var metadata = Parse(lines.AsSpan(1, end - 1));
        return (metadata, string.Join('\n', lines.Skip(end + 1)), end + 1);
    }

    public static ReportMetadata Parse(ReadOnlySpan<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            int colon = line.IndexOf(':');
            if (colon <= 0 || line.TrimStart().StartsWith('#')) continue;
            values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new ReportMetadata
        {
            Title = Scalar(values, "title") ?? "",
            Publisher = Scalar(values, "publisher"),
            Date = DateOnly.TryParse(Scalar(values, "date"), CultureInfo.InvariantCulture, out var d) ? d : null,
            Authors = List(values, "authors"),
            ForewordAuthor = Scalar(values, "foreword_author"),
            Source = Scalar(values, "source"),
            Examples = List(values, "examples", separator: '|'),
            Fallback = bool.TryParse(Scalar(values, "fallback"), out bool fallback) && fallback,
        };
    }

    private static string? Scalar(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var raw) && raw.Length > 0 ? Unquote(raw) : null;

    /// <summary>An inline list "[a, b]"; examples use '|' between items since questions contain commas.</summary>
    private static IReadOnlyList<string> List(Dictionary<string, string> values, string key, char separator = ',')
    {
        if (!values.TryGetValue(key, out var raw) || raw.Length == 0) return [];
        raw = raw.Trim();
        if (raw.StartsWith('[') && raw.EndsWith(']')) raw = raw[1..^1];
        return raw.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Unquote).Where(s => s.Length > 0).ToArray();
    }

    private static string Unquote(string s)
    {
        s = s.Trim();
        if (s.Length >= 2 && (s[0] == '"' && s[^1] == '"' || s[0] == '\'' && s[^1] == '\'')) return s[1..^1];
        return s;
    }
}
