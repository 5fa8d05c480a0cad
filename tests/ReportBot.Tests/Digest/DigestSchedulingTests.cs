using ReportBot.Core.Digest;

namespace ReportBot.Tests.Digest;

public sealed class DigestSchedulingTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public async Task Seoul_and_new_york_subscriptions_post_once_per_local_day_across_a_dst_change()
    {
        // US daylight saving time ends on 1 November 2026; Korea has none.
        var start = new DateTimeOffset(2026, 10, 27, 0, 0, 0, TimeSpan.Zero);
        var clockSender = new RecordingSender("web");
        using var h = new DigestHarness(start, clockSender);
        clockSender.Clock = h.Clock;
        h.Subscribe("web", "seoul", "09:00", "Asia/Seoul");
        h.Subscribe("web", "new-york", "08:30", "America/New_York");

        await h.RunForAsync(TimeSpan.FromDays(10), TimeSpan.FromMinutes(5));

        AssertDaily(clockSender.To("seoul").Select(p => p.At), Seoul, new TimeOnly(9, 0));
        AssertDaily(clockSender.To("new-york").Select(p => p.At), NewYork, new TimeOnly(8, 30));
    }

    private static void AssertDaily(IEnumerable<DateTimeOffset> posts, TimeZoneInfo zone, TimeOnly at)
    {
        var local = posts.Select(p => TimeZoneInfo.ConvertTime(p, zone)).ToList();
        Assert.Equal(10, local.Count);
        Assert.Equal(local.Count, local.Select(p => DateOnly.FromDateTime(p.DateTime)).Distinct().Count());
        Assert.All(local, p =>
        {
            var late = p.TimeOfDay - at.ToTimeSpan();
            Assert.InRange(late, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        });
    }

    [Fact]
    public async Task After_three_days_down_there_is_one_catch_up_post_not_three()
    {
        var start = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
        var sender = new RecordingSender("web");
        using var h = new DigestHarness(start, sender);
        h.Subscribe("web", "c1", "09:00", "UTC");
        await h.RunForAsync(TimeSpan.FromDays(1), TimeSpan.FromMinutes(10));
        Assert.Single(sender.Posts);

        h.Clock.Advance(TimeSpan.FromDays(3));
        h.Restart();
        await h.Runner.RunOnceAsync(CancellationToken.None);
        await h.Runner.RunOnceAsync(CancellationToken.None);

        Assert.Equal(2, sender.Posts.Count);
    }

    [Fact]
    public async Task Subscribing_after_todays_time_starts_tomorrow()
    {
        var sender = new RecordingSender("web");
        using var h = new DigestHarness(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero), sender);
        h.Subscribe("web", "c1", "09:00", "UTC");
        await h.Runner.RunOnceAsync(CancellationToken.None);
        Assert.Empty(sender.Posts);
        await h.RunForAsync(TimeSpan.FromHours(22), TimeSpan.FromMinutes(30));
        Assert.Single(sender.Posts);
    }

    [Fact]
    public async Task No_recommendation_repeats_until_the_catalogue_has_gone_round_then_it_wraps()
    {
        var sender = new RecordingSender("web");
        using var h = new DigestHarness(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), sender);
        h.Subscribe("web", "c1", "00:30", "UTC");
        int n = h.Catalog.Items.Count;

        await h.RunForAsync(TimeSpan.FromDays(n + 3), TimeSpan.FromHours(1));

        var quotes = sender.Posts.Select(p => (p.Message.Quote!.Text, p.Message.Body)).ToList();
        Assert.Equal(n + 3, quotes.Count);
        Assert.Equal(n, quotes.Take(n).Distinct().Count());
        Assert.Equal(1, h.Store.Get(h.Store.Find("web", "c1")!.Id)!.Cycle);
    }

    [Fact]
    public async Task A_deleted_channel_pauses_its_subscription_with_the_reason_and_the_others_still_post()
    {
        var sender = new RecordingSender("web");
        using var h = new DigestHarness(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), sender);
        var gone = h.Subscribe("web", "deleted", "09:00", "UTC");
        h.Subscribe("web", "fine", "09:00", "UTC");
        sender.Gone["deleted"] = true;

        await h.RunForAsync(TimeSpan.FromDays(2), TimeSpan.FromMinutes(15));

        Assert.Equal(2, sender.To("fine").Count());
        Assert.Empty(sender.To("deleted"));
        Assert.Contains("404", h.Store.Get(gone.Id)!.PausedReason);
    }
}
