namespace ReportBot.Core.Ingestion.Pdf;

/// <summary>Folds typographic ligature code points (U+FB00–U+FB06) back to their letters; leaves everything else alone.</summary>
internal static class Ligatures
{
    public static string Fold(string text)
    {
        if (!text.Any(IsLigature)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 4);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static bool IsLigature(char c) => c is >= '\uFB00' and <= '\uFB06';
}
