namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>
/// Groups a page's words into lines by baseline, in reading order. On a two-column page (see
/// <see cref="ColumnGutter"/>) each row is split at the gutter and the left column is read before the right
/// one, between the full-width lines. A line's size and baseline are those of the bulk of its characters, so a
/// raised note reference does not shift them; stand-alone raised note numbers are dropped.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Words whose baselines differ by less than this share of the font size sit on one line.</summary>
    private const double BaselineTolerance = 0.45;

    public static List<TextLine> Build(IEnumerable<PdfWord> words)
    {
        var rows = Rows(words);
        if (ColumnGutter.Find(rows) is not double gutter)
            return rows.Select(r => ToLine(r, 0)).OfType<TextLine>().ToList();

        var lines = new List<TextLine>();
        var left = new List<TextLine>();
        var right = new List<TextLine>();
        foreach (var row in rows)
        {
            if (row.Any(w => w.Left < gutter && w.Right > gutter))
            {
                Flush();
                if (ToLine(row, 0) is { } spanning) lines.Add(spanning);
                continue;
            }
            if (ToLine(row.Where(w => w.Right <= gutter).ToList(), 1) is { } l) left.Add(l);
            if (ToLine(row.Where(w => w.Right > gutter).ToList(), 2) is { } r) right.Add(r);
        }
        Flush();
        return lines;

        void Flush()
        {
            lines.AddRange(left);
            lines.AddRange(right);
            left.Clear();
            right.Clear();
        }
    }

    /// <summary>Words grouped into rows by baseline, top to bottom.</summary>
    private static List<IReadOnlyList<PdfWord>> Rows(IEnumerable<PdfWord> words)
    {
        var rows = new List<IReadOnlyList<PdfWord>>();
        List<PdfWord>? current = null;
        PdfWord? reference = null;
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            if (current is not null && reference is not null
                && Math.Abs(word.Baseline - reference.Baseline) <= BaselineTolerance * Math.Max(word.FontSize, reference.FontSize))
            {
                current.Add(word);
                if (word.FontSize > reference.FontSize) reference = word;
                continue;
            }
            current = [word];
            reference = word;
            rows.Add(current);
        }
        return rows;
    }

    private static TextLine? ToLine(IReadOnlyList<PdfWord> words, int column)
    {
        if (words.Count == 0) return null;
        // The size and baseline carried by most characters.
        var main = words.GroupBy(w => Math.Round(w.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(w => w.Text.Length)).ThenByDescending(g => g.Key).First();
        double size = main.Max(w => w.FontSize);
        double baseline = main.GroupBy(w => Math.Round(w.Baseline, 1))
            .OrderByDescending(g => g.Sum(w => w.Text.Length)).First().Key;
        var kept = words.Where(w => !IsNoteReference(w, baseline, size)).ToList();
        return kept.Count == 0 ? null : TextLine.From(kept, baseline, size) with { Column = column };
    }

    private static bool IsNoteReference(PdfWord word, double baseline, double size) =>
        word.FontSize < size * 0.8
        && word.Baseline > baseline + size * 0.15
        && word.Text.All(c => char.IsDigit(c) || c is ',' or '*' or '†' or '‡' or '-' or '–');
}
