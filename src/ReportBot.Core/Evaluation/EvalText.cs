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
            char c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(raw),
            };
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
