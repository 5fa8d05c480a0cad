namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>The left and right edges of a page's (or a column's) body text: the most common line start and a high percentile of line ends.</summary>
internal readonly record struct PageMargins(double Left, double Right)
{
    public double Width => Right - Left;

    /// <summary>Margins of each column of the page (0 when the page has a single column).</summary>
    public static Dictionary<int, PageMargins> MeasureColumns(PageLines page, TypeScale scale) =>
        page.Lines.GroupBy(l => l.Column).ToDictionary(g => g.Key, g => Measure(g.ToList(), scale));

    private static PageMargins Measure(IReadOnlyList<TextLine> lines, TypeScale scale)
    {
        var body = lines.Where(l => Math.Abs(l.FontSize - scale.BodySize) < scale.BodySize * 0.1).ToList();
        if (body.Count == 0) body = lines.ToList();
        if (body.Count == 0) return new PageMargins(0, 0);
        double left = body.GroupBy(l => Math.Round(l.Left))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var rights = body.Select(l => l.Right).Order().ToList();
        double right = rights[(int)((rights.Count - 1) * 0.9)];
        return new PageMargins(left, right);
    }
}
