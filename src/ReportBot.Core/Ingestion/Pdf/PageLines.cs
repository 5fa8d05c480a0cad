namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>The lines of one page, top to bottom, with the vertical extent of the page's visible area.</summary>
internal sealed record PageLines(int Number, double Bottom, double Top, IReadOnlyList<TextLine> Lines)
{
    public double Height => Top - Bottom;
}
