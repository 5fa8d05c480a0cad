namespace ReportBot.Core.Digest;

public enum DigestDeliveryState
{
    /// <summary>Planned and possibly sent, not yet confirmed: retried (with the same nonce) until it is.</summary>
    Pending,

    Sent,

    /// <summary>Given up (the channel is gone, or too many attempts).</summary>
    Failed,
}
