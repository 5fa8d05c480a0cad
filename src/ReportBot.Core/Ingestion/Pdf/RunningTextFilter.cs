using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Removes running headers and footers: lines near the top or bottom edge of a page that repeat (digits ignored)
/// on several pages at about the same size, lines that sit at the very edge in the same spot on several pages
/// (a chapter's own running head), and bare page numbers ("7", "Page 7", "- 7 -", "7 of 26", "vii") at an edge.
/// Edges are found by position, not by line order, so multi-column pages are handled too.
/// </summary>
internal static partial class RunningTextFilter
{
    /// <summary>How many rows of text from each edge may be running text.</summary>
    private const int EdgeRows = 3;

    /// <summary>Share of the page height, from each edge, where running text sits.</summary>
    private const double EdgeShare = 0.2;

    public static List<PageLines> Apply(IReadOnlyList<PageLines> pages)
    {
        var edges = pages.Select(EdgeLines).ToList();
        var sizesPerKey = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var pagesPerSlot = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            foreach (var group in edge.Lines.GroupBy(l => Key(l.Text)))
            {
                if (!sizesPerKey.TryGetValue(group.Key, out var sizes)) sizesPerKey[group.Key] = sizes = [];
                sizes.Add(group.First().FontSize);
            }
            foreach (var slot in edge.Outermost.Select(Slot).Distinct())
                pagesPerSlot[slot] = pagesPerSlot.GetValueOrDefault(slot) + 1;
        }

        int minPages = MinRepeats(pages.Count);
        var result = new List<PageLines>(pages.Count);
        for (int p = 0; p < pages.Count; p++)
        {
            var (edgeLines, outermost) = edges[p];
            var drop = edgeLines.Where(line =>
                IsPageNumber(line.Text)
                || Repeats(line, sizesPerKey.GetValueOrDefault(Key(line.Text)), minPages)
                // A chapter's own running head repeats on fewer pages, but always in the same spot.
                || (outermost.Contains(line) && pagesPerSlot.GetValueOrDefault(Slot(line)) >= 2))
                .ToHashSet();
            result.Add(pages[p] with { Lines = pages[p].Lines.Where(l => !drop.Contains(l)).ToList() });
        }
        return result;
    }

    /// <summary>
    /// The line's text recurs on enough pages, in about the size it has there: a cover title set large above a running
    /// header with the same words is kept.
    /// </summary>
    private static bool Repeats(TextLine line, List<double>? sizes, int minPages)
    {
        if (sizes is null || sizes.Count < minPages) return false;
        double typical = sizes.Order().ElementAt(sizes.Count / 2);
        return Math.Abs(line.FontSize - typical) <= typical * 0.15;
    }

    /// <summary>A line must repeat on this many pages to count as running text; a single page has none.</summary>
    private static int MinRepeats(int pageCount) =>
        pageCount < 2 ? int.MaxValue : pageCount <= 3 ? 2 : Math.Max(3, (int)Math.Ceiling(pageCount * 0.1));

    /// <summary>
    /// The lines in the top and bottom <see cref="EdgeRows"/> rows of the page that lie within the edge bands, and
    /// among them those in the topmost and bottommost row.
    /// </summary>
    private static (List<TextLine> Lines, HashSet<TextLine> Outermost) EdgeLines(PageLines page)
    {
        var rows = page.Lines.Select(l => Row(l.Baseline)).Distinct().OrderDescending().ToList();
        if (rows.Count == 0) return ([], []);
        double band = page.Height * EdgeShare;
        var edgeRows = rows.Take(EdgeRows).Where(r => r >= page.Top - band)
            .Concat(rows.TakeLast(EdgeRows).Where(r => r <= page.Bottom + band))
            .ToHashSet();
        var lines = page.Lines.Where(l => edgeRows.Contains(Row(l.Baseline))).ToList();
        var outermost = lines.Where(l => Row(l.Baseline) == rows[0] || Row(l.Baseline) == rows[^1]).ToHashSet();
        return (lines, outermost);
    }

    private static double Row(double baseline) => Math.Round(baseline);

    /// <summary>A line's text key plus where it sits, to the point.</summary>
    private static string Slot(TextLine line) =>
        Key(line.Text) + "@" + Row(line.Baseline).ToString(CultureInfo.InvariantCulture);

    /// <summary>Comparison key: lower-case, each run of digits as one '#', no whitespace; so "Page 7" and "Page 12" match.</summary>
    internal static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (!char.IsDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length == 0 || sb[^1] != '#') sb.Append('#');
        }
        return sb.ToString();
    }

    internal static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:page\s*)?[-–—|\s]*(?:\d{1,4}|[ivx]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?[-–—|\s]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
