namespace ReportBot.Core.Digest;

public enum DigestSendOutcome
{
    Sent,
    Gone,
    Retry,

    /// <summary>No answer came back: the post may have arrived. Worth trying again only where a resend can't double.</summary>
    Uncertain,
}
