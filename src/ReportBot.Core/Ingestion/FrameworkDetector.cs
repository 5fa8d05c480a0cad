using System.Globalization;
using System.Text.RegularExpressions;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Finds frameworks the report announces: a lead-in that names a count and a noun phrase and ends with a colon
/// ("…beginning with the following six policy pillars:"), followed by exactly that many numbered items.
/// </summary>
public static partial class FrameworkDetector
{
    public static IReadOnlyList<Framework> Detect(IReadOnlyList<Passage> passages)
    {
        var frameworks = new List<Framework>();
        for (int i = 0; i < passages.Count; i++)
        {
            var first = passages[i];
            if (first.Kind != PassageKind.ListItem || first.ListNumber != 1 || first.Context is null) continue;
            var announced = Announcement().Match(first.Context);
            if (!announced.Success || ParseCount(announced.Groups["count"].Value) is not int count) continue;

            var items = new List<FrameworkItem>();
            for (int j = i; j < passages.Count && items.Count < count; j++)
            {
                var p = passages[j];
                if (p.Kind != PassageKind.ListItem || p.ListNumber != items.Count + 1 || p.Context != first.Context) break;
                items.Add(new FrameworkItem(items.Count + 1, ItemTitle.From(p.Text), p.Text, p.Id));
            }
            if (items.Count != count) continue;
            var name = announced.Groups["name"].Value.Trim();
            frameworks.Add(new Framework(name, ItemNoun(name), first.Section, items));
            i += count - 1;
        }
        return frameworks;
    }

    /// <summary>Picks the framework pillar references use: the one whose items are called <paramref name="noun"/>, else the largest.</summary>
    public static Framework? ChoosePillars(IReadOnlyList<Framework> frameworks, string noun) =>
        frameworks.FirstOrDefault(f => f.ItemNoun.Equals(noun, StringComparison.OrdinalIgnoreCase))
        ?? frameworks.OrderByDescending(f => f.Items.Count).FirstOrDefault();

    private static int? ParseCount(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return n is >= 2 and <= 30 ? n : null;
        return NumberWords.ParseCardinal(word) is int count && count >= 2 ? count : null;
    }

    /// <summary>"policy pillars" → "pillar"; "broad lines of effort" → "line of effort".</summary>
    internal static string ItemNoun(string name)
    {
        var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int of = Array.IndexOf(words, "of");
        int head = of > 0 ? of - 1 : words.Length - 1;
        var noun = Singular(words[head]);
        return of > 0 ? string.Join(' ', [noun, .. words[of..]]) : noun;
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    [GeneratedRegex(@"\b(?<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<name>[\p{L}][\p{L}\s’'-]{2,60}?)\s*:\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();
}
