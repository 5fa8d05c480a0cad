using System.Text;

namespace ReportBot.Semantic;

/// <summary>
/// Text as the tokenizer should see it: every run of whitespace (line breaks included) one space, so words on either
/// side of a line break stay two words; typographic quotes and dashes as the ASCII ones the vocabulary knows best.
/// </summary>
internal static class EmbeddingText
{
    public static string Prepare(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
