using ReportBot.Core.Answers;
using ReportBot.Core.Documents;

namespace ReportBot.Cli;

/// <summary>Human-readable terminal output for answers and pillars: quotes verbatim, then where they come from.</summary>
public static class TextOutput
{
    public static void Write(TextWriter o, Answer answer)
    {
        if (!answer.Answered)
        {
            o.WriteLine(answer.Message);
            if (answer.Suggestions.Count > 0)
            {
                o.WriteLine("Closest pillars:");
                foreach (var p in answer.Suggestions) o.WriteLine($"  {p}");
            }
            return;
        }
        if (answer.Fact is { } fact)
        {
            o.WriteLine(fact);
            o.WriteLine();
        }
        foreach (var e in answer.Excerpts) WriteExcerpt(o, e);
        o.WriteLine($"confidence {answer.Confidence:F2}{(answer.HasMore ? " · more results available (--top)" : "")}");
    }

    /// <summary>Why this answer: <c>ask --explain</c>.</summary>
    public static void WriteEvidence(TextWriter o, Answer answer)
    {
        if (answer.Evidence is not { } e)
        {
            o.WriteLine("why: no search was made for this input");
            return;
        }
        o.WriteLine("why this answer:");
        o.WriteLine($"  decision: {e.Decision} → {(answer.Answered ? "answered" : "abstained")}");
        if (e.Matched.Count > 0) o.WriteLine($"  matched words: {string.Join("; ", e.Matched)}");
        if (e.Missing.Count > 0) o.WriteLine($"  words not in the first passage: {string.Join(", ", e.Missing)}");
        foreach (var (name, value) in AnswerJson.Signals(e.Signals))
            o.WriteLine($"  {name}: {(value is { } v ? v.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : "n/a (no meaning model)")}");
    }

    public static void WriteExcerpt(TextWriter o, Excerpt e)
    {
        o.WriteLine($"{e.Rank}. “{e.Text}”");
        string pillars = e.Pillars.Count == 0 ? "" : " · " + string.Join(" · ", e.Pillars);
        o.WriteLine($"   — {e.Citation}{pillars}");
        o.WriteLine();
    }

    public static void Write(TextWriter o, PillarDetail pillar)
    {
        if (!pillar.Found)
        {
            o.WriteLine(pillar.Message);
            return;
        }
        o.WriteLine($"Pillar {pillar.Number}: {pillar.Title}");
        o.WriteLine($"“{pillar.Statement}”");
        if (pillar.Citation is not null) o.WriteLine($"   — {pillar.Citation}");
        if (pillar.Related.Count == 0) return;
        o.WriteLine();
        o.WriteLine("Related passages:");
        foreach (var e in pillar.Related) WriteExcerpt(o, e);
    }

    public static void Write(TextWriter o, IReadOnlyList<FrameworkItem> pillars)
    {
        if (pillars.Count == 0)
        {
            o.WriteLine("This report doesn't list numbered pillars.");
            return;
        }
        foreach (var p in pillars) o.WriteLine($"{p.Number}. {p.Title}");
    }
}
