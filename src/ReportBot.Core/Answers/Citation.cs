namespace ReportBot.Core.Answers;

/// <summary>Where an excerpt comes from: its section path and, for paginated sources, its page(s).</summary>
public sealed record Citation(string Section, int? Page, int? EndPage)
{
    /// <summary>"Executive Summary, p. 4" / "Foreword, pp. 2–3" / "Foreword".</summary>
    public override string ToString()
    {
        if (Page is null) return Section;
        string pages = EndPage is int end && end != Page ? $"pp. {Page}–{end}" : $"p. {Page}";
        return Section.Length == 0 ? pages : $"{Section}, {pages}";
    }
}
