namespace ReportBot.Core.Digest;

/// <summary>
/// One day's digest for one subscription. Recorded before it is sent and marked afterwards, so a crash in between
/// leaves a pending delivery that is sent again (with the same nonce) rather than lost or planned twice.
/// </summary>
public sealed record DigestDelivery(
    string SubscriptionId,
    DateOnly LocalDate,
    string ItemId,
    int Cycle,
    string Nonce,
    DigestDeliveryState State,
    int Attempts)
{
    /// <summary>Attempts that may have posted (begun, and not answered with a refusal): crashes and timeouts count.</summary>
    public int MaybePosted { get; init; }
}
