using ReportBot.Core.Health;

namespace ReportBot.Core.Tests.Health;

public sealed class OutboundCallTrackerTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Three_failures_in_a_row_are_trouble_and_one_success_ends_it()
    {
        var tracker = new OutboundCallTracker("discord-rest", _clock);
        Assert.Null(tracker.Trouble());
        tracker.RecordFailure("answered 500");
        tracker.RecordFailure("answered 502");
        Assert.Null(tracker.Trouble());
        tracker.RecordFailure("no answer in time");
        Assert.Equal("the last 3 calls failed, the latest at 09:00:00Z: no answer in time", tracker.Trouble());

        tracker.RecordSuccess();
        Assert.Null(tracker.Trouble());
    }

    [Fact]
    public void A_success_between_failures_restarts_the_count()
    {
        var tracker = new OutboundCallTracker("teams", _clock);
        tracker.RecordFailure("a");
        tracker.RecordFailure("b");
        tracker.RecordSuccess();
        tracker.RecordFailure("c");
        tracker.RecordFailure("d");
        Assert.Null(tracker.Trouble());
        tracker.RecordFailure("e");
        Assert.NotNull(tracker.Trouble());
    }

    [Fact]
    public void Failures_spread_wider_than_the_window_are_not_trouble_and_old_trouble_fades()
    {
        var tracker = new OutboundCallTracker("teams", _clock, failuresToDegrade: 3, window: TimeSpan.FromMinutes(5));
        tracker.RecordFailure("a");
        _clock.Now += TimeSpan.FromMinutes(3);
        tracker.RecordFailure("b");
        _clock.Now += TimeSpan.FromMinutes(3);
        tracker.RecordFailure("c");
        Assert.Null(tracker.Trouble()); // the three span 6 minutes

        tracker.RecordFailure("d"); // now b, c, d: within 3 minutes
        Assert.NotNull(tracker.Trouble());
        _clock.Now += TimeSpan.FromMinutes(10); // no calls since: nothing recent to judge by
        Assert.Null(tracker.Trouble());
    }

    [Fact]
    public void Trackers_are_shared_by_name()
    {
        var trackers = new OutboundCallTrackers(_clock);
        Assert.Same(trackers.For("discord-rest"), trackers.For("discord-rest"));
        Assert.NotSame(trackers.For("discord-rest"), trackers.For("botframework-connector"));
    }
}
