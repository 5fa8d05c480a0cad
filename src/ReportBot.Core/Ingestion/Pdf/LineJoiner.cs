using System.Text;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Joins the lines of a block into one text. A word broken with a hyphen at the line end ("develop-" + "ment") is
/// rejoined when the next line starts lower-case, unless the document writes that compound with a hyphen elsewhere
/// ("long-term"); a hyphen before an upper-case letter or a digit ("Indo-" + "Pacific", "COVID-" + "19") is kept.
/// Dashes closed up to a word stay closed up.
/// </summary>
internal sealed class LineJoiner
{
    private readonly HashSet<string> _hyphenated = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Learns the document's vocabulary from the words inside its lines (not the ones broken at a line end).</summary>
    public static LineJoiner From(IEnumerable<TextLine> lines)
    {
        var joiner = new LineJoiner();
        foreach (var line in lines)
        {
            var tokens = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < tokens.Length; i++)
            {
                var word = tokens[i].Trim(TrimmedPunctuation);
                if (word.Length == 0 || (i == tokens.Length - 1 && tokens[i].EndsWith('-'))) continue;
                (word.Contains('-') ? joiner._hyphenated : joiner._words).Add(word);
            }
        }
        return joiner;
    }

    private static readonly char[] TrimmedPunctuation = ".,;:!?\"'“”‘’()[]{}…".ToCharArray();

    public string Join(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length == 0) { sb.Append(line); continue; }
            AppendLine(sb, line);
        }
        return sb.ToString();
    }

    private void AppendLine(StringBuilder sb, string next)
    {
        if (next.Length == 0) return;
        char last = sb[^1];
        char beforeLast = sb.Length > 1 ? sb[^2] : ' ';
        if (last == '\u00AD')
        {
            sb.Length--;
            sb.Append(next);
        }
        else if (last is '-' or '\u2010' && !char.IsWhiteSpace(beforeLast))
        {
            if (char.IsLetter(beforeLast) && char.IsLower(next[0]) && !KeepsHyphen(sb, next)) sb.Length--;
            sb.Append(next);
        }
        else if (last is '—' or '–' && char.IsLetterOrDigit(beforeLast))
        {
            sb.Append(next); // "machinations—" + "or" stays closed up
        }
        else sb.Append(' ').Append(next);
    }

    /// <summary>True when the document writes the broken compound with a hyphen and never as one word.</summary>
    private bool KeepsHyphen(StringBuilder sb, string next)
    {
        int start = sb.Length - 1;
        while (start > 0 && !char.IsWhiteSpace(sb[start - 1])) start--;
        string head = sb.ToString(start, sb.Length - 1 - start).TrimStart(TrimmedPunctuation);
        int end = 0;
        while (end < next.Length && (char.IsLetter(next[end]) || next[end] == '-')) end++;
        string tail = next[..end];
        return _hyphenated.Contains(head + "-" + tail) && !_words.Contains(head + tail);
    }
}
