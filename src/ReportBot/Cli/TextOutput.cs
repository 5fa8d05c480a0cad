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
        foreach (var e in answer.Excerpts) WriteExcerpt(o, e);
        o.WriteLine($"confidence {answer.Confidence:F2}{(answer.HasMore ? " · more results available (--top)" : "")}");
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
