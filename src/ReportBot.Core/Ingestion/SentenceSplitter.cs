namespace ReportBot.Core.Ingestion;

/// <summary>
/// Finds sentence boundaries in English prose without changing a character, so sentence-aligned pieces of a
/// paragraph are still verbatim quotes. Knows the abbreviations policy writing is full of ("U.S.", "Dr.", "Jr.",
/// initials) so they do not end sentences.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "st", "ret", "gen", "col", "lt", "capt", "sgt", "adm", "amb",
        "rep", "sen", "gov", "pres", "inc", "ltd", "co", "corp", "no", "nos", "vs", "etc", "e.g", "i.e", "cf", "al",
        "approx", "fig", "vol", "pp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "p.m", "a.m",
    };

    /// <summary>Returns the [start, end) ranges of the sentences, covering all non-space text in order.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        var sentences = new List<Range>();
        int start = SkipSpace(text, 0);
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            int end = i + 1;
            while (end < text.Length && IsCloser(text[end])) end++;
            if (end >= text.Length || !char.IsWhiteSpace(text[end])) continue;
            int next = SkipSpace(text, end);
            if (next >= text.Length) break;
            if (!StartsSentence(text[next])) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            sentences.Add(start..end);
            start = next;
            i = next - 1;
        }
        if (start < text.Length)
        {
            int end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start) sentences.Add(start..end);
        }
        return sentences;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[';

    /// <summary>True when the word ending at the period at <paramref name="dot"/> is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        int begin = dot;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]) && text[begin - 1] is not ('(' or '“' or '"')) begin--;
        var word = text.AsSpan(begin, dot - begin);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial, as in "Joseph R. Biden"
        return Abbreviations.Contains(word.ToString());
    }
}
