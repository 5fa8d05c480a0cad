namespace ReportBot.Core.Evaluation;

/// <summary>
/// Reads the evaluation TSV: <c>kind \t question \t expected</c>, kind <c>in</c> or <c>oos</c>, expected substrings
/// separated by <c> || </c>, <c>#</c> comment lines.
/// </summary>
public static class EvalSet
{
    public static IReadOnlyList<EvalQuestion> Parse(string text)
    {
        var questions = new List<EvalQuestion>();
        int lineNumber = 0;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            lineNumber++;
            if (raw.Trim().Length == 0 || raw.TrimStart().StartsWith('#')) continue;
            var fields = raw.Split('\t');
            if (fields.Length < 2)
                throw new FormatException($"line {lineNumber}: expected 'kind<TAB>question<TAB>expected'");
            bool inScope = fields[0].Trim() switch
            {
                "in" => true,
                "oos" => false,
                var other => throw new FormatException($"line {lineNumber}: kind must be 'in' or 'oos', not '{other}'"),
            };
            var expected = fields.Length > 2
                ? fields[2].Split("||", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            if (inScope && expected.Length == 0)
                throw new FormatException($"line {lineNumber}: an 'in' question needs at least one expected substring");
            questions.Add(new EvalQuestion(inScope, fields[1].Trim(), expected, lineNumber));
        }
        return questions;
    }
}
