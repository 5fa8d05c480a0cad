using System.Text.RegularExpressions;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Drops table-of-contents and index entries: lines with a dot leader running to a page number
/// ("Executive Summary ........ 1"). They repeat headings and would only add noise to the passages.
/// </summary>
internal static partial class ContentsLineFilter
{
    public static PageLines Apply(PageLines page) =>
        page with { Lines = page.Lines.Where(l => !IsContentsEntry(l.Text)).ToList() };

    internal static bool IsContentsEntry(string line) => DotLeader().IsMatch(line);

    [GeneratedRegex(@"(?:\.\s?){5,}\s*(?:\d{1,4}|[ivx]{1,6})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DotLeader();
}
