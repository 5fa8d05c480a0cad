using System.Text;
using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Search;

/// <summary>
/// Builds the Markdown snippet of an excerpt: the passage (or, if long, its best run of sentences) with the words
/// that matched the question in bold. Overlapping and adjacent matches merge ("**Republic of Korea**"), and
/// Markdown characters in the report text are escaped so a quote can never change the formatting around it.
/// </summary>
internal static class SnippetHighlighter
{
    public const int MaxLength = 420;
    private const string Ellipsis = "…";

    public static string Highlight(IndexedPassage passage, IReadOnlyList<Concept> concepts)
    {
        string text = passage.Passage.Text;
        var terms = concepts.SelectMany(c => c.Terms).ToHashSet(StringComparer.Ordinal);
        var spans = MergedSpans(passage, terms, text);
        var (start, end) = Window(text, spans);

        var sb = new StringBuilder();
        if (start > 0) sb.Append(Ellipsis);
        int cursor = start;
        foreach (var (s, e) in spans)
        {
            if (e <= start || s >= end) continue;
            int from = Math.Max(s, start), to = Math.Min(e, end);
            AppendEscaped(sb, text.AsSpan(cursor, from - cursor));
            sb.Append("**");
            AppendEscaped(sb, text.AsSpan(from, to - from));
            sb.Append("**");
            cursor = to;
        }
        AppendEscaped(sb, text.AsSpan(cursor, end - cursor));
        if (end < text.Length) sb.Append(Ellipsis);
        return sb.ToString();
    }

    private static List<(int Start, int End)> MergedSpans(IndexedPassage passage, HashSet<string> terms, string text)
    {
        var spans = passage.BodyTokens.Where(t => terms.Contains(t.Term))
            .Select(t => (Start: t.StartOffset, End: Math.Min(t.EndOffset, text.Length)))
            .Where(s => s.Start < s.End)
            .OrderBy(s => s.Start).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End + 1 && IsBlank(text, merged[^1].End, span.Start))
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else merged.Add(span);
        }
        return merged;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    /// <summary>The whole text if short; otherwise the run of whole sentences with the most matches that fits.</summary>
    private static (int Start, int End) Window(string text, List<(int Start, int End)> spans)
    {
        if (text.Length <= MaxLength) return (0, text.Length);
        var sentences = SentenceSplitter.Split(text);
        (int Start, int End) best = (sentences[0].Start.Value, sentences[0].End.Value);
        int bestHits = -1;
        for (int i = 0; i < sentences.Count; i++)
        {
            int start = sentences[i].Start.Value;
            for (int j = i; j < sentences.Count; j++)
            {
                int end = sentences[j].End.Value;
                if (end - start > MaxLength && j > i) break;
                int hits = spans.Count(s => s.Start >= start && s.End <= end);
                if (hits > bestHits) (best, bestHits) = ((start, end), hits);
            }
        }
        if (best.End - best.Start > MaxLength) best = (best.Start, CutAtWord(text, best.Start + MaxLength));
        return best;
    }

    private static int CutAtWord(string text, int limit)
    {
        int cut = text.LastIndexOf(' ', Math.Min(limit, text.Length - 1));
        return cut > 0 ? cut : limit;
    }

    /// <summary>Escapes the characters Discord, Teams and CommonMark give meaning to inside a line.</summary>
    internal static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '<' or '>' or '#') sb.Append('\\');
            sb.Append(c);
        }
    }
}
