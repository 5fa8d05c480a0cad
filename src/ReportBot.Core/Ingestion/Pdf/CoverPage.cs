using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// The cover of a report PDF: page 1 of a longer document when it holds only short lines (title, byline, date,
/// "Foreword by …"), no paragraph of running text. Its text is metadata, not passages to rank: a byline would
/// otherwise outrank the authors' own biographies for "who is …" questions.
/// </summary>
internal static class CoverPage
{
    /// <summary>Longer than this, a block on page 1 is running text and page 1 is not a cover.</summary>
    private const int MaxCoverLineWords = 25;

    public static bool IsCover(IReadOnlyList<DocumentBlock> blocks)
    {
        var first = blocks.Where(OnFirstPageOnly).ToList();
        bool laterPages = blocks.Any(b => b.Page > 1);
        return laterPages && first.Count > 0
            && first.All(b => b.Kind == BlockKind.Heading || TextMeasure.CountWords(b.Text) <= MaxCoverLineWords);
    }

    public static bool OnFirstPageOnly(DocumentBlock block) => block.Page == 1 && (block.EndPage ?? 1) == 1;
}
