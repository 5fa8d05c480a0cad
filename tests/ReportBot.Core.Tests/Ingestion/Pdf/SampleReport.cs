using ReportBot.PdfFixtures;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

/// <summary>
/// A five-page policy report generated with <see cref="ReportPdfWriter"/>: a cover, then sections with a running
/// header and page-number footer, a three-pillar numbered list, hyphenated line breaks, and a paragraph that runs
/// from the bottom of page 3 to the top of page 4. Paragraph constants use "~" for forced breaks and "^" for raised
/// note references; <see cref="Plain"/> gives the text as it should read.
/// </summary>
internal static class SampleReport
{
    public const string Title = "Bridging the Pacific: A Blueprint for Regional Resilience";
    public const string InfoAuthor = "Jane Doe, John Roe and Mary Major";
    public const string RunningHeader = "BRIDGING THE PACIFIC | NOVEMBER 2020";

    public const string Opening =
        "The partnership between the two democracies has grown from a narrow security arrangement into a broad " +
        "relationship that spans trade, technology, and public health. Yet the agenda of recent years has been " +
        "dominated by a handful of tactical disputes,^2 and the partners have struggled to set a shared vision for the decade ahead.^3";

    public const string LeadIn =
        "This report therefore charts a new course for the partnership, beginning with the following three policy pillars:";

    public static readonly string[] Pillars =
    [
        "Expand cooperation on clean energy, civil space exploration, and next-generation telecommunications security.",
        "Deepen the trade relationship by reducing barriers to the flow of capital, data, and talent between the two " +
        "economies, and by working together on reform of the World Trade Organization.",
        "Coordinate on values-based diplomacy, with an emphasis on combating foreign influence operations and " +
        "developing shared norms in cybersecurity.",
    ];

    public const string AfterList =
        "Each pillar is examined in turn below, followed by a set of concrete recommendations for officials in both capitals.";

    public const string Hyphenated =
        "Both governments have invested heavily in the develop~ment of resilient supply chains, and their firms now " +
        "compete and cooperate across the Indo-~Pacific region. A long-term strategy would align these efforts with " +
        "the broader regional architecture and give long-~term investors the predictability they need.";

    public const string Continued =
        "Security cooperation remains the foundation of the relationship, but the threats the allies face are changing " +
        "quickly. Missiles, cyber intrusions, and pressure on maritime supply routes call for a division of labor in " +
        "which each partner invests in the capabilities it is best placed to provide, while joint exercises and shared " +
        "planning keep the two forces ready to operate together in a crisis.";

    public const string Dialogue =
        "Officials should launch a standing dialogue on U.S.-~South Korea technology cooperation and report on its " +
        "progress to both legislatures each year.";

    public const string Assessment =
        "The two governments should also publish a joint assessment of the regional security environment every two years.";

    public const string Closing =
        "A partnership that renews its purpose, elevates its ambitions, and modernizes its tools will be ready for the " +
        "challenges of the coming decade.";

    public static string Plain(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\^\d+", "").Replace("~", "", StringComparison.Ordinal);

    public static byte[] Build(bool withDocumentInformation = true)
    {
        var pdf = withDocumentInformation
            ? new ReportPdfWriter(RunningHeader, Title, InfoAuthor)
            : new ReportPdfWriter(RunningHeader);
        pdf.Cover(["Bridging the Pacific:", "A Blueprint for Regional Resilience"], InfoAuthor, "November 2020");

        pdf.NewPage()
            .Heading("Executive Summary", 16)
            .Paragraph(Opening)
            .Paragraph(LeadIn);
        for (int i = 0; i < Pillars.Length; i++) pdf.NumberedItem(i + 1, Pillars[i]);
        pdf.Paragraph(AfterList);

        pdf.NewPage()
            .Heading("Strategic Context", 16)
            .Heading("Economic Ties", 12)
            .Paragraph(Hyphenated)
            .Heading("Security Ties", 12)
            .Paragraph(Continued, linesOnThisPage: 3) // runs on to page 4
            .Heading("Recommendations", 16)
            .Heading("Technology Cooperation", 10) // bold at body size
            .Paragraph(Dialogue)
            .Paragraph(Assessment);

        pdf.NewPage()
            .Heading("Conclusion", 16)
            .Paragraph(Closing);
        return pdf.Build();
    }
}
