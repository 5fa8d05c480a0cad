using ReportBot.Core.Digest;

namespace ReportBot.Core.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static readonly DigestTime Seoul = new(new TimeOnly(9, 0), "Asia/Seoul");
    private static readonly DigestTime NewYork = new(new TimeOnly(8, 30), "America/New_York");

    // 2026: US clocks go forward on Sunday 8 March at 02:00 and back on Sunday 1 November at 02:00; Seoul has no DST.
    private static readonly DateTimeOffset BeforeSpring = new(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeforeAutumn = new(2026, 10, 27, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> WalksAcrossDstChanges => new()
    {
        { "Asia/Seoul", "spring" },
        { "Asia/Seoul", "autumn" },
        { "America/New_York", "spring" },
        { "America/New_York", "autumn" },
    };

    [Theory]
    [MemberData(nameof(WalksAcrossDstChanges))]
    public void Walking_the_clock_over_ten_days_posts_once_per_local_day_at_the_local_time(string zone, string change)
    {
        var time = zone == Seoul.TimeZoneId ? Seoul : NewYork;
        var start = change == "spring" ? BeforeSpring : BeforeAutumn;
        var end = start.AddDays(10);

        var posts = Walk(time, start, end, DigestSchedule.InitialLastDate(time, start));

        var dates = posts.Select(p => p.Date).ToList();
        Assert.Equal(dates.Distinct().Count(), dates.Count);
        // From 00:00 UTC: already 09:00 in Seoul, so its first day counts as sent on subscribing.
        Assert.Equal(zone == Seoul.TimeZoneId ? 9 : 10, dates.Count);
        // One a day, no day missed.
        Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.Equal(pair.First.AddDays(1), pair.Second));
        foreach (var (at, date) in posts)
        {
            var local = TimeZoneInfo.ConvertTime(at, time.Zone);
            Assert.Equal(time.Time, TimeOnly.FromDateTime(local.DateTime));
            Assert.Equal(date, DateOnly.FromDateTime(local.DateTime));
        }
        // New York's posts moved by an hour in UTC when its clocks changed: the walk did cross the change.
        int utcHours = posts.Select(p => p.At.UtcDateTime.Hour).Distinct().Count();
        Assert.Equal(zone == "America/New_York" ? 2 : 1, utcHours);
    }

    [Fact]
    public void After_three_days_down_one_check_gives_one_catch_up_for_today()
    {
        var lastDelivered = new DateOnly(2026, 3, 1);
        // Back at 12:00 in Seoul on 4 March: 2, 3 and 4 March were missed.
        var back = new DateTimeOffset(2026, 3, 4, 12, 0, 0, TimeSpan.FromHours(9));

        Assert.Equal(new DateOnly(2026, 3, 4), DigestSchedule.Due(Seoul, lastDelivered, back));

        var posts = Walk(Seoul, back, back.AddHours(11), lastDelivered);
        Assert.Equal([(back, new DateOnly(2026, 3, 4))], posts);
    }

    [Fact]
    public void Back_before_todays_time_posts_at_todays_time_and_makes_up_nothing()
    {
        var back = new DateTimeOffset(2026, 3, 4, 7, 0, 0, TimeSpan.FromHours(9));
        Assert.Null(DigestSchedule.Due(Seoul, new DateOnly(2026, 3, 1), back));

        var posts = Walk(Seoul, back, back.AddDays(1).AddHours(3), new DateOnly(2026, 3, 1));
        Assert.Equal(
            [(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(9)), new DateOnly(2026, 3, 4)),
             (new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(9)), new DateOnly(2026, 3, 5))],
            posts);
    }

    [Fact]
    public void A_time_in_the_skipped_hour_is_posted_once_that_day_at_the_first_valid_instant()
    {
        var skipped = new DigestTime(new TimeOnly(2, 30), "America/New_York");
        var start = new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.FromHours(-5));

        var posts = Walk(skipped, start, start.AddDays(3), null);

        Assert.Equal([new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 9)], posts.Select(p => p.Date));
        // 02:30 does not exist on 8 March; 03:00 EDT (07:00 UTC) is the first instant after it.
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero), posts[1].At);
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 0, 0, TimeSpan.Zero),
            DigestSchedule.NextOccurrence(skipped, new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void A_time_in_the_repeated_hour_is_posted_once_that_day()
    {
        var repeated = new DigestTime(new TimeOnly(1, 30), "America/New_York");
        var start = new DateTimeOffset(2026, 10, 31, 0, 0, 0, TimeSpan.FromHours(-4));

        var posts = Walk(repeated, start, start.AddDays(3), null);

        Assert.Equal([new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2)], posts.Select(p => p.Date));
        // The first 01:30 (EDT, 05:30 UTC); the second (EST, 06:30 UTC) finds the day already done.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), posts[1].At);
        Assert.Null(DigestSchedule.Due(repeated, new DateOnly(2026, 11, 1), new DateTimeOffset(2026, 11, 1, 6, 45, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Missing_the_first_of_a_repeated_hour_still_posts_once_in_the_second()
    {
        var repeated = new DigestTime(new TimeOnly(1, 30), "America/New_York");
        var secondPass = new DateTimeOffset(2026, 11, 1, 6, 10, 0, TimeSpan.Zero); // 01:10 EST, after 01:30 EDT
        Assert.Equal(new DateOnly(2026, 11, 1), DigestSchedule.Due(repeated, new DateOnly(2026, 10, 31), secondPass));
    }

    [Fact]
    public void Next_occurrence_is_after_the_instant_and_local_dates_are_in_the_zone()
    {
        var nineInSeoul = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(nineInSeoul.AddDays(1), DigestSchedule.NextOccurrence(Seoul, nineInSeoul));
        Assert.Equal(nineInSeoul, DigestSchedule.NextOccurrence(Seoul, nineInSeoul.AddTicks(-1)));
        Assert.Equal(new DateOnly(2026, 11, 28), DigestSchedule.LocalDate(Seoul, new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 26), DigestSchedule.LocalDate(NewYork, new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_new_subscription_after_todays_time_starts_tomorrow_not_at_once()
    {
        var evening = new DateTimeOffset(2026, 11, 27, 19, 0, 0, TimeSpan.FromHours(9));
        var last = DigestSchedule.InitialLastDate(Seoul, evening);
        Assert.Equal(new DateOnly(2026, 11, 27), last);
        Assert.Null(DigestSchedule.Due(Seoul, last, evening));

        var morning = new DateTimeOffset(2026, 11, 27, 7, 0, 0, TimeSpan.FromHours(9));
        Assert.Null(DigestSchedule.InitialLastDate(Seoul, morning));
    }

    /// <summary>Checks every minute, as a scheduler would, and records each due date as delivered at once.</summary>
    private static List<(DateTimeOffset At, DateOnly Date)> Walk(DigestTime time, DateTimeOffset from, DateTimeOffset to, DateOnly? last)
    {
        var posts = new List<(DateTimeOffset, DateOnly)>();
        for (var now = from; now < to; now = now.AddMinutes(1))
        {
            if (DigestSchedule.Due(time, last, now) is not { } date) continue;
            posts.Add((now, date));
            last = date;
        }
        return posts;
    }
}
