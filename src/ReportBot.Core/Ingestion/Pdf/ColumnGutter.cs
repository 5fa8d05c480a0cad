namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Finds the gutter of a two-column page: an x position in the middle of the text area that (almost) no run of
/// text crosses, while many rows have text on both sides of it and their left part reaches close to it (as
/// justified or ragged column text does, unlike the label column of a table). Words closer than an em form one
/// run, so a single-column line crosses every such position and never qualifies.
/// </summary>
internal static class ColumnGutter
{
    /// <summary>At most this share of the rows may cross the gutter (full-width headings, titles).</summary>
    private const double MaxCrossingShare = 0.1;

    /// <summary>At least this many rows must have text on both sides.</summary>
    private const int MinRowsBothSides = 5;

    /// <summary>In a column, the left text of most rows ends within this many ems of the gutter.</summary>
    private const double ColumnEdgeEms = 3;

    public static double? Find(IReadOnlyList<IReadOnlyList<PdfWord>> rows)
    {
        if (rows.Count < MinRowsBothSides * 2) return null;
        var runs = rows.Select(Runs).ToList();
        double left = runs.Min(r => r[0].Left), right = runs.Max(r => r.Max(s => s.Right));
        double width = right - left;
        if (width <= 0) return null;

        int bestCrossing = int.MaxValue, bestSpan = 0, span = 0;
        int? spanCrossing = null;
        double spanStart = 0, bestX = 0;
        for (double x = left + width * 0.3; x <= left + width * 0.7; x += 1)
        {
            var (crossing, both, _) = Count(runs, x);
            if (both < MinRowsBothSides) crossing = int.MaxValue;
            // The gutter is the middle of the widest stretch of positions with the fewest crossings.
            span = crossing == spanCrossing ? span + 1 : 1;
            if (span == 1) { spanStart = x; spanCrossing = crossing; }
            if (crossing < bestCrossing || (crossing == bestCrossing && span > bestSpan))
            {
                (bestCrossing, bestSpan, bestX) = (crossing, span, (spanStart + x) / 2);
            }
        }
        if (bestCrossing > rows.Count * MaxCrossingShare) return null;
        var (_, bothAtBest, nearAtBest) = Count(runs, bestX);
        return nearAtBest * 2 >= bothAtBest ? bestX : null;
    }

    private static (int Crossing, int Both, int Near) Count(List<List<(double Left, double Right, double Size)>> runs, double x)
    {
        int crossing = 0, both = 0, near = 0;
        foreach (var row in runs)
        {
            if (row.Any(r => r.Left < x && r.Right > x)) { crossing++; continue; }
            var leftRuns = row.Where(r => r.Right <= x).ToList();
            if (leftRuns.Count == 0 || !row.Any(r => r.Left >= x)) continue;
            both++;
            var nearest = leftRuns.MaxBy(r => r.Right);
            if (x - nearest.Right <= nearest.Size * ColumnEdgeEms) near++;
        }
        return (crossing, both, near);
    }

    /// <summary>A row's words merged into runs of text: words less than an em apart belong to one run.</summary>
    private static List<(double Left, double Right, double Size)> Runs(IReadOnlyList<PdfWord> row)
    {
        var result = new List<(double Left, double Right, double Size)>();
        foreach (var w in row.OrderBy(w => w.Left))
        {
            if (result.Count > 0 && w.Left - result[^1].Right < Math.Max(w.FontSize, result[^1].Size))
                result[^1] = (result[^1].Left, Math.Max(result[^1].Right, w.Right), Math.Max(result[^1].Size, w.FontSize));
            else result.Add((w.Left, w.Right, w.FontSize));
        }
        return result;
    }
}
