using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Extracts a page's horizontal words with PdfPig's nearest-neighbour extractor, which groups glyphs by distance
/// rather than by space characters (justified PDFs often have none), then splits its words again wherever two
/// glyphs stand further apart than the word's own letter spacing plus a tenth of an em: the extractor's default
/// reach of 0.2 em runs together words set with tight justification. Folds ligatures, drops glyphs drawn twice
/// for fake bold, and strips raised footnote digits glued to a word ("alliance.12").
/// </summary>
internal static class PdfWordReader
{
    private static readonly string[] BoldMarkers = ["bold", "black", "heavy", "semibold", "demi"];

    /// <summary>A gap this much (in ems) wider than the word's usual letter spacing separates two words.</summary>
    private const double WordGapEms = 0.1;

    public static List<PdfWord> Read(Page page)
    {
        var words = new List<PdfWord>();
        foreach (var word in page.GetWords(NearestNeighbourWordExtractor.Instance))
        {
            if (word.TextOrientation != TextOrientation.Horizontal) continue;
            foreach (var piece in SplitAtGaps(Deduplicate(word.Letters)))
                if (ToWord(MainLetters(piece)) is { } w) words.Add(w);
        }
        return words;
    }

    private static PdfWord? ToWord(List<Letter> letters)
    {
        if (letters.Count == 0) return null;
        string text = Ligatures.Fold(string.Concat(letters.Select(l => l.Value))).Trim();
        if (text.Length == 0) return null;
        var main = letters.MaxBy(l => l.PointSize)!;
        return new PdfWord(
            text,
            letters.Min(l => l.BoundingBox.Left),
            letters.Max(l => l.BoundingBox.Right),
            main.StartBaseLine.Y,
            main.PointSize,
            letters.Count(IsBold) * 2 > letters.Count);
    }

    /// <summary>Splits a run of glyphs where the gap to the next glyph clearly exceeds the run's letter spacing.</summary>
    internal static List<List<Letter>> SplitAtGaps(List<Letter> letters)
    {
        var ordered = letters.OrderBy(l => l.StartBaseLine.X).ToList();
        if (ordered.Count < 2) return [ordered];
        var gaps = new double[ordered.Count - 1];
        for (int i = 1; i < ordered.Count; i++) gaps[i - 1] = ordered[i].StartBaseLine.X - ordered[i - 1].EndBaseLine.X;
        // Most gaps are inside words, so a low percentile is the letter spacing (tracking) of the run.
        double tracking = Math.Max(0, gaps.Order().ElementAt(gaps.Length / 4));
        double size = ordered.Max(l => l.PointSize);
        double threshold = tracking + size * WordGapEms;

        var pieces = new List<List<Letter>> { new() { ordered[0] } };
        for (int i = 1; i < ordered.Count; i++)
        {
            if (gaps[i - 1] > threshold) pieces.Add([]);
            pieces[^1].Add(ordered[i]);
        }
        return pieces;
    }

    internal static bool IsBold(Letter letter)
    {
        if (letter.FontDetails?.IsBold == true) return true;
        var name = letter.FontName ?? "";
        return BoldMarkers.Any(m => name.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Some PDFs fake bold by drawing each glyph twice, slightly offset; keep one of each.</summary>
    private static List<Letter> Deduplicate(IReadOnlyList<Letter> letters)
    {
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            bool duplicate = kept.Any(k => k.Value == letter.Value
                && Math.Abs(k.StartBaseLine.X - letter.StartBaseLine.X) < letter.PointSize * 0.1
                && Math.Abs(k.StartBaseLine.Y - letter.StartBaseLine.Y) < letter.PointSize * 0.1);
            if (!duplicate) kept.Add(letter);
        }
        return kept;
    }

    /// <summary>Drops small raised digits (note references) from a word that also holds normal-size letters.</summary>
    private static List<Letter> MainLetters(List<Letter> letters)
    {
        if (letters.Count < 2) return letters;
        var main = letters.MaxBy(l => l.PointSize)!;
        var kept = letters.Where(l => !IsNoteMarker(l, main)).ToList();
        return kept.Count > 0 ? kept : letters;
    }

    private static bool IsNoteMarker(Letter letter, Letter main) =>
        letter.PointSize < main.PointSize * 0.8
        && letter.StartBaseLine.Y > main.StartBaseLine.Y + main.PointSize * 0.15
        && letter.Value.All(c => char.IsDigit(c) || c is ',' or '*' or '†' or '‡' or '-' or '–');
}
