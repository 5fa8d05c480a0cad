namespace ReportBot.Core.Digest;

public enum DigestSendOutcome
{
    Sent,
    Gone,
    Retry,
}
