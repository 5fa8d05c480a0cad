namespace ReportBot.Core.Digest;

/// <summary>Subscriptions and the log of their deliveries; every method is one atomic step.</summary>
public interface IDigestStore
{
    /// <summary>Creates the subscription, or changes its time and resumes it if it exists; its rotation is kept.</summary>
    DigestSubscription Subscribe(string platform, string conversationId, DigestTime time, string? userId, DateTimeOffset now);

    /// <summary>Removes the subscription; false if there was none.</summary>
    bool Unsubscribe(string platform, string conversationId);

    DigestSubscription? Find(string platform, string conversationId);

    DigestSubscription? Get(string subscriptionId);

    /// <summary>Subscriptions that are not paused.</summary>
    IReadOnlyList<DigestSubscription> Active();

    void Pause(string subscriptionId, string reason, DateTimeOffset now);

    /// <summary>
    /// Records the intent to post <paramref name="delivery"/> and moves the subscription to its date and cycle, in one
    /// transaction. False when a delivery for that subscription and date already exists (nothing changes then).
    /// </summary>
    bool TryRecordIntent(DigestDelivery delivery, DateTimeOffset now);

    /// <summary>Deliveries planned but not confirmed, oldest first.</summary>
    IReadOnlyList<DigestDelivery> Pending();

    /// <summary>Items planned or sent for the subscription in <paramref name="cycle"/>.</summary>
    IReadOnlySet<string> PlannedItems(string subscriptionId, int cycle);

    /// <summary>Counts an attempt that is about to post and may arrive even if no answer comes back (or the process dies).</summary>
    void MarkPosting(string subscriptionId, DateOnly localDate);

    /// <summary>Takes back <see cref="MarkPosting"/>: the platform answered that the post did not arrive.</summary>
    void MarkNotPosted(string subscriptionId, DateOnly localDate);

    void MarkSent(string subscriptionId, DateOnly localDate, DateTimeOffset now);

    /// <summary>Counts a failed attempt; with <paramref name="final"/> the delivery is given up.</summary>
    void MarkFailed(string subscriptionId, DateOnly localDate, string error, bool final, DateTimeOffset now);

    /// <summary>How many digests the subscription has been sent.</summary>
    int SentCount(string subscriptionId);
}
