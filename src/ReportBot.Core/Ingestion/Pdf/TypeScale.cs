namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// The document's typography, measured once over all pages: the body text size, the usual baseline-to-baseline
/// distance per font size, and the heading styles ranked by size (largest = level 1). Styles seen only on the
/// first page (a cover title) are ranked on their own, so the report's own headings also start at level 1 and the
/// cover title does not become the parent section of the whole report.
/// </summary>
internal sealed class TypeScale
{
    /// <summary>A line this much larger than body text is set in a heading size.</summary>
    private const double HeadingRatio = 1.15;

    /// <summary>Bold lines at body size count as headings only when this short.</summary>
    private const int MaxBoldHeadingWords = 15;

    /// <summary>Lines longer than this are not headings, whatever their size (pull quotes, large intros).</summary>
    internal const int MaxHeadingWords = 25;

    private readonly Dictionary<double, double> _pitchBySize;
    private readonly Dictionary<(double Size, bool Bold), int> _levels;
    private readonly double _pitchRatio;

    private TypeScale(double bodySize, bool bodyBold, Dictionary<double, double> pitchBySize, List<(int Page, TextLine Line)> headingLines)
    {
        BodySize = bodySize;
        BodyBold = bodyBold;
        _pitchBySize = pitchBySize;
        _pitchRatio = pitchBySize.TryGetValue(SizeKey(bodySize), out double pitch) ? pitch / bodySize : 1.2;
        int firstPage = headingLines.Count == 0 ? 0 : headingLines.Min(h => h.Page);
        _levels = headingLines.GroupBy(h => Style(h.Line))
            .GroupBy(g => g.All(h => h.Page == firstPage))
            .SelectMany(cover => cover.Select(g => g.Key)
                .OrderByDescending(s => s.Size).ThenByDescending(s => s.Bold)
                .Select((style, index) => (style, level: index + 1)))
            .ToDictionary(x => x.style, x => x.level);
    }

    public double BodySize { get; }

    public bool BodyBold { get; }

    public static TypeScale Measure(IReadOnlyList<PageLines> pages)
    {
        var lines = pages.SelectMany(p => p.Lines).ToList();
        var sizeWeights = lines.GroupBy(l => SizeKey(l.FontSize))
            .Select(g => (Size: g.Key, Chars: g.Sum(l => l.Text.Length), Lines: g.ToList()))
            .OrderByDescending(g => g.Chars).ToList();
        if (sizeWeights.Count == 0) return new TypeScale(10, false, [], []);

        var body = sizeWeights[0];
        bool bodyBold = body.Lines.Where(l => l.Bold).Sum(l => l.Text.Length) * 2 > body.Chars;
        var probe = new TypeScale(body.Size, bodyBold, [], []);
        var headingLines = pages.SelectMany(p => p.Lines.Select(l => (p.Number, Line: l)))
            .Where(x => probe.IsHeadingStyle(x.Line) && x.Line.WordCount <= MaxHeadingWords).ToList();
        return new TypeScale(body.Size, bodyBold, MeasurePitches(pages, probe), headingLines);
    }

    /// <summary>Typical baseline distance per font size: a low percentile of the gaps between consecutive lines of that size.</summary>
    private static Dictionary<double, double> MeasurePitches(IReadOnlyList<PageLines> pages, TypeScale probe)
    {
        var gaps = new Dictionary<double, List<double>>();
        foreach (var page in pages)
        {
            for (int i = 1; i < page.Lines.Count; i++)
            {
                var (above, below) = (page.Lines[i - 1], page.Lines[i]);
                double key = SizeKey(below.FontSize);
                if (SizeKey(above.FontSize) != key || probe.IsHeadingStyle(above) || probe.IsHeadingStyle(below)) continue;
                double gap = above.Baseline - below.Baseline;
                if (gap < below.FontSize * 0.8 || gap > below.FontSize * 3) continue;
                if (!gaps.TryGetValue(key, out var list)) gaps[key] = list = [];
                list.Add(gap);
            }
        }
        return gaps.Where(g => g.Value.Count >= 3)
            .ToDictionary(g => g.Key, g => g.Value.Order().ElementAt((int)(g.Value.Count * 0.3)));
    }

    /// <summary>Larger than body text, or bold when the body is not and short enough for a heading.</summary>
    public bool IsHeadingStyle(TextLine line) =>
        IsLarger(line) || (line.Bold && !BodyBold && line.FontSize >= BodySize * 0.95 && line.WordCount <= MaxBoldHeadingWords);

    public bool IsLarger(TextLine line) => line.FontSize >= BodySize * HeadingRatio;

    /// <summary>Heading level by style rank: the largest style is 1.</summary>
    public int Level(TextLine line) => _levels.TryGetValue(Style(line), out int level) ? level : _levels.Count + 1;

    /// <summary>Expected distance between the baselines of two consecutive lines of one paragraph set in <paramref name="size"/>.</summary>
    public double Pitch(double size) => _pitchBySize.TryGetValue(SizeKey(size), out double pitch) ? pitch : size * _pitchRatio;

    public static (double Size, bool Bold) Style(TextLine line) => (SizeKey(line.FontSize), line.Bold);

    public static double SizeKey(double size) => Math.Round(size * 2) / 2;
}
