using ReportBot.Core.Conversations;

namespace ReportBot.Core.Digest;

/// <summary>What the digest would post for a subscription (or a new one) on a date, computed without side effects.</summary>
public static class DigestPreview
{
    /// <param name="date">The local date; default the next one due.</param>
    /// <returns>The message, or null when the catalogue is empty.</returns>
    public static Reply? For(DigestCatalog catalog, IDigestStore store, DigestSubscription? subscription, DateOnly? date, DateTimeOffset now,
        string newSubscriptionId = "preview", DigestTime? newSubscriptionTime = null)
    {
        var items = catalog.Items;
        if (items.Count == 0) return null;
        string id = subscription?.Id ?? newSubscriptionId;
        int cycle = subscription?.Cycle ?? 0;
        var planned = subscription is null ? new HashSet<string>() : store.PlannedItems(subscription.Id, cycle);
        var (item, _) = DigestRotation.Next(items, id, cycle, planned);
        var time = subscription?.Time ?? newSubscriptionTime ?? new DigestTime(new TimeOnly(9, 0), "UTC");
        return DigestReplies.Render(item, date ?? DigestSchedule.LocalDate(time, DigestSchedule.NextOccurrence(time, now)));
    }
}
