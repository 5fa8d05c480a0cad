using ReportBot.PdfFixtures;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

/// <summary>
/// A two-page report set in two columns under a full-width heading: one paragraph runs from the foot of the left
/// column to the head of the right one, another from the foot of page 1's right column to the top of page 2.
/// </summary>
internal static class TwoColumnReport
{
    public const string First =
        "Regional trade has grown faster than any other part of the relationship over the past decade, and firms on " +
        "both sides now depend on suppliers across the region for components, software, and skilled workers.";

    public const string Second =
        "That dependence is a source of strength in ordinary times, but it also leaves both economies exposed when a " +
        "single supplier fails or a rival government decides to use access to its market as a tool of pressure.";

    public const string AcrossColumns =
        "Governments have begun to respond by mapping critical supply chains, sharing information about shortages, and " +
        "offering incentives for firms to spread their production across several trusted partners rather than relying on one.";

    public const string Third =
        "These efforts remain small and poorly coordinated, and neither side has yet agreed on which goods matter most.";

    public const string AcrossPages =
        "A joint review of critical goods, published every year and backed by funding for new production lines in " +
        "both countries, would give industry the signal it needs and show that the partners can act together when it counts.";

    public const string Last =
        "The review should begin with semiconductors, medical supplies, and batteries, where shortages would hurt most.";

    public static byte[] Build()
    {
        var pdf = new ReportPdfWriter(SampleReport.RunningHeader);
        pdf.NewPage()
            .Heading("Economic Security in a Connected Region", 16)
            .TwoColumns()
            .Paragraph(First)
            .Paragraph(Second)
            .Paragraph(AcrossColumns, linesOnThisPage: 2) // foot of the left column, then the right column
            .Paragraph(Third)
            .Paragraph(AcrossPages, linesOnThisPage: 3)   // foot of the right column, then page 2
            .Paragraph(Last);
        return pdf.Build();
    }
}
