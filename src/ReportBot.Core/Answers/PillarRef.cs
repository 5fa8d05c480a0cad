namespace ReportBot.Core.Answers;

/// <summary>A reference to one of the report's pillars, as shown next to an excerpt.</summary>
public sealed record PillarRef(int Number, string Title)
{
    public override string ToString() => $"Pillar {Number}: {Title}";
}
