using System.Text;

namespace ReportBot.Core.Evaluation;

/// <summary>The comparison the evaluation format prescribes: case, curly quotes, dashes and whitespace folded.</summary>
public static class EvalText
{
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(Documents.Typography.Plain(raw));
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool Contains(string passage, IEnumerable<string> expected)
    {
        string folded = Fold(passage);
        return expected.Any(e => folded.Contains(Fold(e), StringComparison.Ordinal));
    }
}
