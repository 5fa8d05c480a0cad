using System.Text.RegularExpressions;
using ReportBot.PdfFixtures;

namespace ReportBot.Benchmarks;

/// <summary>
/// A long report as a PDF, written deterministically with the PDF tests' <see cref="ReportPdfWriter"/> (every word
/// placed on its own, justified lines, running header and page-number footer, paragraphs running on across pages).
/// Chapter 1 is the repository's report with its structure (headings, the pillar list); every further chapter is
/// a variant of it with its words lightly shuffled (as in <see cref="BenchCorpus"/>), its list items set as plain
/// paragraphs so that only chapter 1 announces pillars, as in a real report. Chapters start on a new page.
/// </summary>
public static partial class BenchPdf
{
    private const string RunningHeader = "RENEW, ELEVATE, MODERNIZE | NOVEMBER 2020";

    /// <summary>Writes the corpus (the PDF and the repository's synonyms) once per machine and returns its folder.</summary>
    public static string Corpus(int pages)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"reportbot-bench-corpus-pdf{pages}-v1");
        if (Directory.Exists(folder)) return folder;
        string temporary = folder + ".tmp-" + Environment.ProcessId;
        Directory.CreateDirectory(temporary);
        File.Copy(Path.Combine(BenchCorpus.Report, "synonyms.txt"), Path.Combine(temporary, "synonyms.txt"));
        File.WriteAllBytes(Path.Combine(temporary, "report.pdf"), Build(pages));
        try { Directory.Move(temporary, folder); } catch (IOException) { Directory.Delete(temporary, true); }
        return folder;
    }

    public static byte[] Build(int pages)
    {
        var blocks = Blocks(File.ReadAllText(Directory.GetFiles(BenchCorpus.Report, "*.md").Single()));
        var pdf = new ReportPdfWriter(RunningHeader, "Renew, Elevate, Modernize: A Blueprint for a 21st-Century U.S.-ROK Alliance Strategy",
            "Kristine Lee, Joshua Fitt and Coby Goldberg");
        pdf.Cover(["Renew, Elevate, Modernize:", "A Blueprint for a 21st-Century", "U.S.-ROK Alliance Strategy"],
            "Kristine Lee, Joshua Fitt and Coby Goldberg", "November 2020");
        var random = new Random(42);
        for (int chapter = 1; ; chapter++)
        {
            pdf.NewPage().Heading($"Chapter {chapter}", 20);
            foreach (var (kind, text, number) in blocks)
            {
                if (pdf.PageCount >= pages) return pdf.Build();
                string body = chapter == 1 ? text : BenchCorpus.Variant(text, random);
                switch (kind)
                {
                    case '#': pdf.Heading(text, 16); break;
                    case '2': pdf.Heading(text, 12); break;
                    case 'n' when chapter == 1: pdf.NumberedItem(number, body); break;
                    default: pdf.Paragraph(body); break;
                }
            }
        }
    }

    /// <summary>The Markdown after its front matter as headings ('#' level 1, '2' level 2), list items ('n') and paragraphs ('p').</summary>
    private static List<(char Kind, string Text, int Number)> Blocks(string markdown)
    {
        var body = markdown[(markdown.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
        var blocks = new List<(char, string, int)>();
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var item = ListItem().Match(line);
            if (line.StartsWith("## ", StringComparison.Ordinal)) blocks.Add(('2', line[3..], 0));
            else if (line.StartsWith("# ", StringComparison.Ordinal)) blocks.Add(('#', line[2..], 0));
            else if (item.Success) blocks.Add(('n', item.Groups[2].Value, int.Parse(item.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            else blocks.Add(('p', line, 0));
        }
        return blocks;
    }

    [GeneratedRegex(@"^(\d+)\. (.+)$")]
    private static partial Regex ListItem();
}
