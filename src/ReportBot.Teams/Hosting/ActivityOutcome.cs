namespace ReportBot.Teams.Hosting;

/// <summary>What the endpoint answers after processing an activity: a status and, for invokes, a body.</summary>
public sealed record ActivityOutcome(int StatusCode, object? InvokeBody = null)
{
    public static ActivityOutcome Ok { get; } = new(200);
}
