namespace ReportBot.Core.Digest;

/// <summary>
/// Finds the concrete actions a pillar statement lists after its main clause ("…, such as A, B, and C";
/// "… by doing A, doing B, and doing C"; "…, with an emphasis on A, B, and C"; "…, focusing on A and doing B").
/// Returns ranges into the statement, so every action is a verbatim substring of it.
/// </summary>
internal static class ActionPhrases
{
    // " by " only counts when a gerund follows: "actions by the United States" is not a list of means.
    private static readonly string[] Introducers =
        [" such as ", " including ", " with an emphasis on ", " with a focus on ", " focusing on ", " by "];

    // Words ending in "ing" that are not gerunds, so they never start a new action.
    private static readonly HashSet<string> NotGerunds = new(StringComparer.Ordinal)
    {
        "during", "thing", "things", "nothing", "something", "anything", "everything", "bring", "string", "spring",
        "king", "ring", "sing", "wing", "morning", "evening", "ceiling", "according", "pending", "notwithstanding",
    };

    /// <summary>The main clause must keep this many words, so an introducer early in the sentence is not taken.</summary>
    private const int MinMainClauseWords = 3;

    public static IReadOnlyList<Range> Find(string statement)
    {
        int start = ElaborationStart(statement);
        if (start < 0) return [];
        int end = statement.Length;
        while (end > start && (char.IsWhiteSpace(statement[end - 1]) || statement[end - 1] is '.' or ';' or ',')) end--;
        return Split(statement, start, end);
    }

    /// <summary>Where the first list of actions begins (after its introducer), or -1.</summary>
    private static int ElaborationStart(string statement)
    {
        int best = -1;
        foreach (var introducer in Introducers)
        {
            for (int at = statement.IndexOf(introducer, StringComparison.Ordinal); at > 0;
                 at = statement.IndexOf(introducer, at + 1, StringComparison.Ordinal))
            {
                if (Documents.TextMeasure.CountWords(statement.AsSpan(0, at)) < MinMainClauseWords) continue;
                int after = at + introducer.Length;
                if (introducer == " by " && !IsGerund(WordAt(statement, after))) continue;
                if (best < 0 || after < best) best = after;
                break;
            }
        }
        return best;
    }

    /// <summary>
    /// Splits at commas and at "and"/"or" before a gerund. In a list of gerund phrases ("reducing barriers to the
    /// flow of capital, data, and talent, working together on …") only a comma before a gerund ends an action, so
    /// the nouns listed inside one action stay together. Nothing inside parentheses splits.
    /// </summary>
    private static List<Range> Split(string text, int start, int end)
    {
        bool gerundList = IsGerund(WordAt(text, start));
        var parts = new List<Range>();
        int partStart = start;
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            if (depth > 0) continue;

            int next;
            if (c == ',' && i + 1 < end && text[i + 1] == ' ')
            {
                next = SkipConjunction(text, i + 2);
                if (gerundList && !IsGerund(WordAt(text, next))) continue;
            }
            else if (c == ' ' && StartsWithConjunction(text, i + 1, out int afterConjunction)
                     && IsGerund(WordAt(text, afterConjunction)))
            {
                next = afterConjunction;
            }
            else continue;

            Add(parts, text, partStart, i);
            partStart = next;
            i = next - 1;
        }
        Add(parts, text, partStart, end);
        return parts;
    }

    private static void Add(List<Range> parts, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        if (end - start >= 2) parts.Add(start..end);
    }

    private static int SkipConjunction(string text, int at) =>
        StartsWithConjunction(text, at, out int after) ? after : at;

    private static bool StartsWithConjunction(string text, int at, out int after)
    {
        foreach (var word in (ReadOnlySpan<string>)["and ", "or "])
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                after = at + word.Length;
                return true;
            }
        }
        after = at;
        return false;
    }

    private static string WordAt(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[at..end];
    }

    /// <summary>"reducing", "joining"; not "during", nor a name such as "Beijing".</summary>
    private static bool IsGerund(string word) =>
        word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && !NotGerunds.Contains(word);
}
