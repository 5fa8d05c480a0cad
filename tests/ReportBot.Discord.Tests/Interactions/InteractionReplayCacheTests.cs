using Microsoft.Extensions.Time.Testing;
using ReportBot.Discord.Interactions;

namespace ReportBot.Discord.Tests.Interactions;

public sealed class InteractionReplayCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    private long Now => _clock.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>A cache that has been running long enough for a whole window of timestamps to come after its start.</summary>
    private InteractionReplayCache Running(int capacity = InteractionReplayCache.DefaultCapacity)
    {
        var cache = new InteractionReplayCache(_clock, capacity);
        _clock.Advance(TimeSpan.FromMinutes(10));
        return cache;
    }

    [Fact]
    public void An_id_signed_before_the_cache_began_is_refused_however_fresh()
    {
        var cache = new InteractionReplayCache(_clock);
        Assert.Equal(ReplayVerdict.BeforeStart, cache.TryRemember("restarted", Now - 1));
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("new", Now));
    }

    [Fact]
    public void An_id_is_first_once_and_a_replay_after_that()
    {
        var cache = new InteractionReplayCache(_clock);
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("1", Now));
        Assert.Equal(ReplayVerdict.Replayed, cache.TryRemember("1", Now));
        Assert.Equal(ReplayVerdict.Replayed, cache.TryRemember("1", Now + 60));
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("2", Now));
    }

    [Fact]
    public void An_id_is_kept_until_its_own_timestamp_is_no_longer_fresh_and_then_dropped()
    {
        var cache = Running();
        long signedAt = Now - 240;
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("old", signedAt));
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("new", Now));

        _clock.Advance(TimeSpan.FromSeconds(60)); // "old" is exactly 300 s old: still fresh, still remembered
        Assert.Equal(ReplayVerdict.Replayed, cache.TryRemember("old", signedAt));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ReplayVerdict.Expired, cache.TryRemember("old", signedAt));
        Assert.Equal(1, cache.Count);

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("later", Now));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void At_the_cap_new_ids_are_refused_and_remembered_ones_are_still_replays_until_room_is_made()
    {
        var cache = Running(capacity: 3);
        for (int i = 0; i < 3; i++) Assert.Equal(ReplayVerdict.First, cache.TryRemember($"id{i}", Now - 100 + i));

        Assert.Equal(ReplayVerdict.Full, cache.TryRemember("id3", Now));
        Assert.Equal(ReplayVerdict.Replayed, cache.TryRemember("id0", Now - 100));
        Assert.Equal(3, cache.Count);

        // id0 leaves the window first; that frees exactly one place.
        _clock.Advance(TimeSpan.FromSeconds(201));
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("id3", Now));
        Assert.Equal(ReplayVerdict.Full, cache.TryRemember("id4", Now));
        Assert.Equal(ReplayVerdict.Replayed, cache.TryRemember("id1", Now - 200));
    }

    [Fact]
    public void Of_identical_ids_checked_at_the_same_moment_exactly_one_is_first()
    {
        var cache = new InteractionReplayCache(_clock);
        const int threads = 16;
        var start = new Barrier(threads);
        long signedAt = Now;
        var verdicts = new ReplayVerdict[threads];
        var workers = Enumerable.Range(0, threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            verdicts[i] = cache.TryRemember("same", signedAt);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        Assert.Single(verdicts, ReplayVerdict.First);
        Assert.Equal(threads - 1, verdicts.Count(v => v == ReplayVerdict.Replayed));
    }

    [Fact]
    public void A_clock_set_back_does_not_bring_a_forgotten_id_back()
    {
        var clock = new SettableClock { Now = _clock.GetUtcNow() };
        var cache = new InteractionReplayCache(clock);
        long signedAt = clock.Now.ToUnixTimeSeconds();
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("1", signedAt));

        clock.Now += TimeSpan.FromMinutes(10);
        Assert.Equal(ReplayVerdict.First, cache.TryRemember("2", clock.Now.ToUnixTimeSeconds()));
        Assert.Equal(1, cache.Count); // "1" is forgotten

        clock.Now -= TimeSpan.FromMinutes(10);
        Assert.Equal(ReplayVerdict.Expired, cache.TryRemember("1", signedAt));
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
