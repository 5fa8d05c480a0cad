namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>One word as placed on a page, reduced to what the layout analysis needs (PDF space: y grows upwards).</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double FontSize, bool Bold);
