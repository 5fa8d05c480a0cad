using ReportBot.PdfFixtures;

namespace ReportBot.Core.Tests.Evaluation;

/// <summary>
/// The repository's report laid out as a report PDF would be: a cover with the title, the byline and the foreword's
/// author, then the text with a running header and page numbers, justified, flowing from page to page so that
/// paragraphs run across page breaks. Headings, numbered items and paragraphs come from the Markdown corpus.
/// </summary>
internal static class ReportAsPdf
{
    public const string RunningHeader = "RENEW, ELEVATE, MODERNIZE | NOVEMBER 2020";

    public static byte[] Build(string markdown)
    {
        var pdf = new ReportPdfWriter(RunningHeader);
        pdf.Cover(["Renew, Elevate, Modernize:", "A Blueprint for a 21st-Century", "U.S.-ROK Alliance Strategy"],
            "By Kristine Lee, Joshua Fitt, and Coby Goldberg", "Foreword by Ambassador Mark Lippert (Ret.)", "November 2020");
        pdf.NewPage();
        foreach (var raw in Body(markdown))
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal)) pdf.Heading(line[3..], 12);
            else if (line.StartsWith("# ", StringComparison.Ordinal)) pdf.Heading(line[2..], 16);
            else if (NumberedItem(line) is (int number, string text)) pdf.NumberedItem(number, text);
            else pdf.Paragraph(line);
        }
        return pdf.Build();
    }

    private static IEnumerable<string> Body(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        int start = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
            start = Array.FindIndex(lines, 1, l => l.Trim() == "---") + 1;
        return lines.Skip(start);
    }

    private static (int, string)? NumberedItem(string line)
    {
        int dot = line.IndexOf(". ", StringComparison.Ordinal);
        return dot is > 0 and < 3 && int.TryParse(line[..dot], out int n) ? (n, line[(dot + 2)..]) : null;
    }
}
