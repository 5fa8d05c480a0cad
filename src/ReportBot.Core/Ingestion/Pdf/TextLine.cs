namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>A line of text on one page: its words left to right, joined with single spaces.</summary>
internal sealed record TextLine(string Text, double Left, double Right, double Baseline, double FontSize, bool Bold)
{
    /// <summary>0 for a line in a single-column page or spanning the columns; 1 and 2 for the left and right column.</summary>
    public int Column { get; init; }

    public int WordCount => Documents.TextMeasure.CountWords(Text);

    /// <summary>Builds a line from words already known to share a baseline.</summary>
    public static TextLine From(IReadOnlyList<PdfWord> words, double baseline, double fontSize)
    {
        var ordered = words.OrderBy(w => w.Left).ToList();
        int chars = ordered.Sum(w => w.Text.Length);
        int boldChars = ordered.Where(w => w.Bold).Sum(w => w.Text.Length);
        return new TextLine(
            Documents.TextMeasure.NormalizeSpace(string.Join(' ', ordered.Select(w => w.Text))),
            ordered[0].Left,
            ordered.Max(w => w.Right),
            baseline,
            fontSize,
            boldChars * 10 >= chars * 9);
    }
}
