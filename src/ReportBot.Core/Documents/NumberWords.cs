namespace ReportBot.Core.Documents;

/// <summary>English number words up to twelve: enough for the frameworks a report announces and how people name them.</summary>
public static class NumberWords
{
    public static IReadOnlyList<string> Cardinals { get; } =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static IReadOnlyList<string> Ordinals { get; } =
        ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    /// <summary>"four" → 4; anything else → null.</summary>
    public static int? ParseCardinal(string word)
    {
        for (int i = 0; i < Cardinals.Count; i++)
            if (string.Equals(Cardinals[i], word.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return null;
    }
}
