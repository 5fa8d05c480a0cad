using System.Text.RegularExpressions;
using ReportBot.Core.Documents;
using UglyToad.PdfPig.Content;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Report metadata from the PDF's document information: the title (unless it is a file name such as
/// "Microsoft Word - draft.docx", in which case the largest heading on page 1 is used) and the authors.
/// </summary>
internal static partial class PdfMetadataReader
{
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase)
        { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "PhD", "Ph.D.", "Ret.", "(Ret.)" };

    /// <param name="cover">The cover page's blocks, if it has one: its byline names the authors when the document
    /// information does not, and a "Foreword by …" line the foreword's author.</param>
    public static ReportMetadata Read(DocumentInformation? info, IReadOnlyList<DocumentBlock> blocks, IReadOnlyList<DocumentBlock> cover) => new()
    {
        Title = UsableTitle(info?.Title) ?? TitleFromHeadings(blocks),
        Authors = SplitAuthors(info?.Author) is { Count: > 0 } authors ? authors : SplitAuthors(Line(cover, Byline())),
        ForewordAuthor = Line(cover, ForewordCredit()),
    };

    /// <summary>The first cover line matching <paramref name="pattern"/>, without its lead ("By ", "Foreword by ").</summary>
    private static string? Line(IReadOnlyList<DocumentBlock> cover, Regex pattern)
    {
        foreach (var block in cover)
            foreach (var line in block.Text.Split('\n'))
                if (pattern.Match(TextMeasure.NormalizeSpace(line)) is { Success: true } m) return m.Groups["who"].Value.Trim();
        return null;
    }

    [GeneratedRegex(@"^By\s+(?<who>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^Foreword\s+by\s+(?<who>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForewordCredit();

    internal static string? UsableTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var text = TextMeasure.NormalizeSpace(Ligatures.Fold(title));
        return FileLikeTitle().IsMatch(text) || text.Equals("untitled", StringComparison.OrdinalIgnoreCase) ? null : text;
    }

    private static string TitleFromHeadings(IReadOnlyList<DocumentBlock> blocks)
    {
        var headings = blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        var onFirstPage = headings.Where(h => h.Page == 1).MinBy(h => h.Level);
        return (onFirstPage ?? headings.FirstOrDefault())?.Text ?? "";
    }

    /// <summary>"Jane Doe, John Roe and Mary Major" → three names; "Jr." and similar stay with the name before them.</summary>
    internal static IReadOnlyList<string> SplitAuthors(string? author)
    {
        if (string.IsNullOrWhiteSpace(author)) return [];
        var names = new List<string>();
        foreach (var part in AuthorSeparator().Split(TextMeasure.NormalizeSpace(author)))
        {
            var name = part.Trim();
            if (name.Length == 0) continue;
            if (NameSuffixes.Contains(name) && names.Count > 0) names[^1] += ", " + name;
            else names.Add(name);
        }
        return names;
    }

    [GeneratedRegex(@"\s*(?:[,;&]|\band\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"(^Microsoft\s+\w+\s+-\s)|\.(docx?|indd|pdf|pptx?|rtf|odt)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileLikeTitle();
}
