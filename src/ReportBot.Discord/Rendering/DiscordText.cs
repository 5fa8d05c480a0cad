using System.Text;

namespace ReportBot.Discord.Rendering;

/// <summary>Escaping and length limits for Discord Markdown.</summary>
public static class DiscordText
{
    public const string Ellipsis = "…";

    /// <summary>Backslash-escapes everything Discord Markdown gives meaning to, so user or report text shows literally.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']' or '(' or ')' or '<' or ':' or '-' or '@')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Shortens Markdown (with <c>**bold**</c> and backslash escapes, as the engine writes snippets) to at most
    /// <paramref name="max"/> characters: cut at a word boundary, never inside an escape, bold closed again, and an
    /// ellipsis added so a trimmed quote never looks complete.
    /// </summary>
    public static string Truncate(string markdown, int max)
    {
        if (markdown.Length <= max) return markdown;
        int budget = max - Ellipsis.Length - 2; // room for the ellipsis and a closing "**"
        if (budget <= 0) return Ellipsis;
        int cut = budget;
        while (cut > 0 && !char.IsWhiteSpace(markdown[cut])) cut--;
        if (cut <= budget / 2) cut = budget; // one enormous word: cut inside it rather than lose most of the text
        string head = markdown[..cut].TrimEnd();
        if (EndsInsideEscape(head)) head = head[..^1];
        bool boldOpen = CountBoldMarkers(head) % 2 == 1;
        if (boldOpen && head.EndsWith("**", StringComparison.Ordinal)) { head = head[..^2].TrimEnd(); boldOpen = false; }
        return head + (boldOpen ? "**" : "") + Ellipsis;
    }

    /// <summary>Plain text shortened at a word boundary with an ellipsis.</summary>
    public static string TruncatePlain(string text, int max)
    {
        if (text.Length <= max) return text;
        int cut = max - Ellipsis.Length;
        if (cut <= 0) return Ellipsis;
        int space = text.LastIndexOf(' ', cut);
        return text[..(space > cut / 2 ? space : cut)].TrimEnd() + Ellipsis;
    }

    private static bool EndsInsideEscape(string text)
    {
        int backslashes = 0;
        for (int i = text.Length - 1; i >= 0 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    private static int CountBoldMarkers(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*') { count++; i++; }
        }
        return count;
    }
}
