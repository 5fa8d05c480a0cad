using System.Globalization;
using Cronos;

namespace ReportBot.Core.Digest;

/// <summary>
/// When a subscription's digest is due. Cronos does the calendar work in the subscription's zone, with Vixie-cron
/// rules for daylight saving: a time skipped by the spring change fires at the first valid instant after it that
/// day, and a time repeated by the autumn change fires once.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The first instant after <paramref name="after"/> (exclusive) at which the digest is due.</summary>
    public static DateTimeOffset NextOccurrence(DigestTime time, DateTimeOffset after) =>
        Expression(time).GetNextOccurrence(after, time.Zone, inclusive: false)
        ?? throw new InvalidOperationException($"No next occurrence for {time}."); // A daily expression always has one.

    /// <summary>The calendar date at <paramref name="instant"/> in the subscription's zone.</summary>
    public static DateOnly LocalDate(DigestTime time, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, time.Zone).DateTime);

    /// <summary>
    /// The local date to deliver for at <paramref name="now"/>, or null: due once today's time has passed in the
    /// zone and nothing has been delivered for today yet. Days missed while the service was down are not made up:
    /// after any downtime this gives today only, so a channel gets one catch-up post, never a burst.
    /// </summary>
    public static DateOnly? Due(DigestTime time, DateOnly? lastDeliveredLocalDate, DateTimeOffset now)
    {
        var today = LocalDate(time, now);
        if (lastDeliveredLocalDate is { } last && last >= today) return null;
        var latest = Expression(time).GetPreviousOccurrence(now, time.Zone, inclusive: true);
        return latest is { } occurrence && LocalDate(time, occurrence) == today ? today : null;
    }

    /// <summary>
    /// The last-delivered date a new (or re-timed) subscription should start from, so its first post comes at
    /// <see cref="NextOccurrence"/> of <paramref name="subscribedAt"/> rather than at once: today when today's time
    /// has already passed in the zone, otherwise null.
    /// </summary>
    public static DateOnly? InitialLastDate(DigestTime time, DateTimeOffset subscribedAt) => Due(time, null, subscribedAt);

    private static CronExpression Expression(DigestTime time) =>
        CronExpression.Parse(string.Create(CultureInfo.InvariantCulture, $"{time.Time.Minute} {time.Time.Hour} * * *"));
}
