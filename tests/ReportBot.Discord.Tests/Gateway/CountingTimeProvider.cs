using Microsoft.Extensions.Time.Testing;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>
/// The client's clock: a <see cref="FakeTimeProvider"/> (moved by the test through <see cref="Clock"/>) that counts
/// the timer callbacks it has run. <see cref="FakeTimeProvider.Advance"/> runs every timer that comes due before it
/// returns, so an unchanged <see cref="TimersFired"/> after an advance proves that nothing the client waits for on
/// this clock (a heartbeat, a reconnect) came due: there is nothing to wait for before asserting that it did not happen.
/// </summary>
internal sealed class CountingTimeProvider(FakeTimeProvider clock) : TimeProvider
{
    private int _fired;

    public CountingTimeProvider() : this(new FakeTimeProvider())
    {
    }

    public FakeTimeProvider Clock => clock;

    public int TimersFired => Volatile.Read(ref _fired);

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        clock.CreateTimer(s =>
        {
            Interlocked.Increment(ref _fired);
            callback(s);
        }, state, dueTime, period);

    /// <summary>Moves the clock by <paramref name="delta"/> and says whether any timer came due on the way.</summary>
    public bool Advance(TimeSpan delta)
    {
        int before = TimersFired;
        clock.Advance(delta);
        return TimersFired != before;
    }
}
