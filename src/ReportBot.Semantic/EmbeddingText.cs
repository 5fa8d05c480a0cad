using System.Text;
using ReportBot.Core.Documents;

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
            sb.Append(Typography.Plain(c));
        }
        return sb.ToString();
    }
}
