namespace ReportBot.Core.Search;

/// <summary>
/// Finds index terms within a small edit distance of a word no passage contains (optimal string alignment:
/// insertions, deletions, substitutions and adjacent transpositions). The vocabulary is bucketed by first letter,
/// which a typo rarely changes, so a lookup compares only a few hundred words and takes microseconds.
/// </summary>
internal sealed class TypoCorrector
{
    private readonly Dictionary<char, string[]> _byFirstLetter;

    public TypoCorrector(IEnumerable<string> vocabulary) =>
        _byFirstLetter = vocabulary.Where(t => t.Length > 0)
            .GroupBy(t => t[0])
            .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Terms at the smallest distance ≤ <paramref name="maxEdits"/> from <paramref name="word"/>.</summary>
    public string[] Correct(string word, int maxEdits)
    {
        if (word.Length == 0 || !_byFirstLetter.TryGetValue(word[0], out var candidates)) return [];
        var best = new List<string>();
        int bestDistance = maxEdits + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > maxEdits) continue;
            int distance = Distance(word, candidate, Math.Min(maxEdits, bestDistance));
            if (distance < bestDistance) { best.Clear(); bestDistance = distance; }
            if (distance == bestDistance && distance <= maxEdits) best.Add(candidate);
        }
        return [.. best];
    }

    /// <summary>Optimal-string-alignment distance, giving up (returning limit + 1) once every path exceeds <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
