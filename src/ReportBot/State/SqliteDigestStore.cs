using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportBot.Core.Digest;

namespace ReportBot.State;

/// <summary>Digest subscriptions and deliveries in the SQLite state file; each method is one transaction.</summary>
public sealed class SqliteDigestStore(StateDatabase database) : IDigestStore
{
    private const string Columns = "id, platform, conversation_id, local_time, time_zone, last_local_date, cycle, paused_reason";

    public DigestSubscription Subscribe(string platform, string conversationId, DigestTime time, string? userId, DateTimeOffset now)
    {
        string id = Id(platform, conversationId);
        database.Execute("""
            INSERT INTO digest_subscriptions (id, platform, conversation_id, local_time, time_zone, created_by, created_utc, last_local_date)
            VALUES ($id, $platform, $conversation, $time, $zone, $user, $now, $initial)
            ON CONFLICT (platform, conversation_id) DO UPDATE SET
                local_time = excluded.local_time, time_zone = excluded.time_zone, paused_reason = NULL, paused_utc = NULL
            """,
            ("$id", id), ("$platform", platform), ("$conversation", conversationId), ("$time", Time(time.Time)),
            ("$zone", time.TimeZoneId), ("$user", userId), ("$now", Utc(now)),
            // Subscribing after today's time starts tomorrow rather than posting at once.
            ("$initial", DigestSchedule.InitialLastDate(time, now) is { } today ? Date(today) : null));
        return Get(id)!;
    }

    public bool Unsubscribe(string platform, string conversationId) => database.InTransaction((connection, transaction) =>
    {
        string id = Id(platform, conversationId);
        int removed = connection.NonQuery(transaction, "DELETE FROM digest_subscriptions WHERE id = $id", ("$id", id));
        // Deliveries still pending are dropped with it: nothing is posted after an unsubscribe.
        connection.NonQuery(transaction, "UPDATE digest_deliveries SET state = 'Failed', error = 'unsubscribed' WHERE subscription_id = $id AND state = 'Pending'", ("$id", id));
        return removed > 0;
    });

    public DigestSubscription? Find(string platform, string conversationId) => Get(Id(platform, conversationId));

    public DigestSubscription? Get(string subscriptionId) =>
        database.Query($"SELECT {Columns} FROM digest_subscriptions WHERE id = $id", ReadSubscription, ("$id", subscriptionId)).FirstOrDefault();

    public IReadOnlyList<DigestSubscription> Active() =>
        database.Query($"SELECT {Columns} FROM digest_subscriptions WHERE paused_reason IS NULL ORDER BY id", ReadSubscription);

    public void Pause(string subscriptionId, string reason, DateTimeOffset now) =>
        database.Execute("UPDATE digest_subscriptions SET paused_reason = $reason, paused_utc = $now WHERE id = $id",
            ("$reason", reason), ("$now", Utc(now)), ("$id", subscriptionId));

    public bool TryRecordIntent(DigestDelivery delivery, DateTimeOffset now) => database.InTransaction((connection, transaction) =>
    {
        int inserted = connection.NonQuery(transaction, """
            INSERT OR IGNORE INTO digest_deliveries (subscription_id, local_date, item_id, cycle, nonce, state, created_utc)
            VALUES ($id, $date, $item, $cycle, $nonce, 'Pending', $now)
            """, ("$id", delivery.SubscriptionId), ("$date", Date(delivery.LocalDate)), ("$item", delivery.ItemId),
            ("$cycle", delivery.Cycle), ("$nonce", delivery.Nonce), ("$now", Utc(now)));
        if (inserted == 0) return false;
        connection.NonQuery(transaction, "UPDATE digest_subscriptions SET last_local_date = $date, cycle = $cycle WHERE id = $id", ("$date", Date(delivery.LocalDate)), ("$cycle", delivery.Cycle), ("$id", delivery.SubscriptionId));
        return true;
    });

    public IReadOnlyList<DigestDelivery> Pending() =>
        database.Query("""
            SELECT subscription_id, local_date, item_id, cycle, nonce, state, attempts, maybe_posted FROM digest_deliveries
            WHERE state = 'Pending' ORDER BY created_utc
            """, ReadDelivery);

    public IReadOnlySet<string> PlannedItems(string subscriptionId, int cycle) =>
        database.Query("SELECT item_id FROM digest_deliveries WHERE subscription_id = $id AND cycle = $cycle AND state <> 'Failed'",
            r => r.GetString(0), ("$id", subscriptionId), ("$cycle", cycle)).ToHashSet(StringComparer.Ordinal);

    public void MarkPosting(string subscriptionId, DateOnly localDate) =>
        database.Execute("UPDATE digest_deliveries SET maybe_posted = maybe_posted + 1 WHERE subscription_id = $id AND local_date = $date",
            ("$id", subscriptionId), ("$date", Date(localDate)));

    public void MarkNotPosted(string subscriptionId, DateOnly localDate) =>
        database.Execute("UPDATE digest_deliveries SET maybe_posted = max(0, maybe_posted - 1) WHERE subscription_id = $id AND local_date = $date",
            ("$id", subscriptionId), ("$date", Date(localDate)));

    public void MarkSent(string subscriptionId, DateOnly localDate, DateTimeOffset now) =>
        database.Execute("UPDATE digest_deliveries SET state = 'Sent', finished_utc = $now, attempts = attempts + 1 WHERE subscription_id = $id AND local_date = $date",
            ("$now", Utc(now)), ("$id", subscriptionId), ("$date", Date(localDate)));

    public void MarkFailed(string subscriptionId, DateOnly localDate, string error, bool final, DateTimeOffset now) =>
        database.Execute("""
            UPDATE digest_deliveries SET attempts = attempts + 1, error = $error,
                state = CASE WHEN $final THEN 'Failed' ELSE state END,
                finished_utc = CASE WHEN $final THEN $now ELSE finished_utc END
            WHERE subscription_id = $id AND local_date = $date
            """,
            ("$error", error), ("$final", final), ("$now", Utc(now)), ("$id", subscriptionId), ("$date", Date(localDate)));

    public int SentCount(string subscriptionId) =>
        database.Query("SELECT count(*) FROM digest_deliveries WHERE subscription_id = $id AND state = 'Sent'", r => r.GetInt32(0), ("$id", subscriptionId))[0];

    private static string Id(string platform, string conversationId) => DigestSubscription.IdFor(platform, conversationId);

    private static DigestSubscription ReadSubscription(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2),
        new DigestTime(TimeOnly.ParseExact(r.GetString(3), "HH:mm", CultureInfo.InvariantCulture), r.GetString(4)),
        r.IsDBNull(5) ? null : DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.GetInt32(6),
        r.IsDBNull(7) ? null : r.GetString(7));

    private static DigestDelivery ReadDelivery(SqliteDataReader r) => new(
        r.GetString(0), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.GetString(2),
        r.GetInt32(3), r.GetString(4), Enum.Parse<DigestDeliveryState>(r.GetString(5)), r.GetInt32(6))
    {
        MaybePosted = r.GetInt32(7),
    };

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Utc(DateTimeOffset instant) => SqlCommands.Utc(instant);
}
