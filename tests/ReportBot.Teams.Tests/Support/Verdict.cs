namespace ReportBot.Teams.Tests.Support;

/// <summary>What a token check decides about one request, for tables that set ours beside the Bot Framework SDK's.</summary>
public enum Verdict
{
    Accept,
    Reject,
}
