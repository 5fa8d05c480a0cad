namespace ReportBot.Core.Ingestion;

/// <summary>
/// Derives a short title from a framework item's statement: its main clause, cut before the first phrase that
/// only elaborates ("such as", "by …ing", "through", "with an emphasis", "focusing on", …).
/// </summary>
public static class ItemTitle
{
    private static readonly string[] Elaborations =
    [
        " such as ", " by ", " through ", " with an ", " with a ", " focusing ", " including ", " in areas ",
        " in order ", " while ", " so that ", " to ensure ", " via ", ";", ":", " — ", " – ",
    ];

    private const int MaxWords = 14;

    public static string From(string statement)
    {
        string text = statement.Trim();
        int cut = text.Length;
        foreach (var marker in Elaborations)
        {
            int at = text.IndexOf(marker, StringComparison.Ordinal);
            // Keep at least three words so a marker early in the sentence does not leave a stub.
            if (at > 0 && at < cut && Documents.TextMeasure.CountWords(text.AsSpan(0, at)) >= 3) cut = at;
        }
        string title = text[..cut].TrimEnd(' ', ',', ';', ':', '.');
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            int comma = title.IndexOf(',');
            title = comma > 0 && Documents.TextMeasure.CountWords(title.AsSpan(0, comma)) >= 3
                ? title[..comma]
                : string.Join(' ', words.Take(MaxWords)) + "…";
        }
        return title;
    }
}
