namespace ReportBot.Core.Digest;

/// <summary>What became of one attempt to post a digest.</summary>
public sealed record DigestSendResult(DigestSendOutcome Outcome, string? Reason = null)
{
    public static DigestSendResult Sent { get; } = new(DigestSendOutcome.Sent);

    /// <summary>The conversation is gone or the bot may not post there: pause the subscription.</summary>
    public static DigestSendResult Gone(string reason) => new(DigestSendOutcome.Gone, reason);

    /// <summary>Worth trying again later (timeouts, 5xx after the client's own retries).</summary>
    public static DigestSendResult Retry(string reason) => new(DigestSendOutcome.Retry, reason);

    /// <summary>The platform never answered (timeout, connection cut after sending): the post may have arrived.</summary>
    public static DigestSendResult Uncertain(string reason) => new(DigestSendOutcome.Uncertain, reason);
}
