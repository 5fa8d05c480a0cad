using System.Text;

namespace ReportBot.Teams.Cards;

/// <summary>Escaping for Teams Markdown and Adaptive Card text, so text from users or the report stays literal.</summary>
public static class TeamsMarkdown
{
    /// <summary>Backslash-escapes Markdown characters and neutralises angle brackets (Teams reads some HTML).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\\' or '*' or '_' or '`' or '~' or '[' or ']' or '#' or '|':
                    sb.Append('\\').Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Core snippets are backslash-escaped already; Teams wants angle brackets as entities instead.</summary>
    public static string FromSnippet(string snippet) => snippet.Replace("\\<", "&lt;").Replace("\\>", "&gt;");
}
