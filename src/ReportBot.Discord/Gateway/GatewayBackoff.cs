namespace ReportBot.Discord.Gateway;

/// <summary>
/// The wait before reconnect attempt n (0-based): <see cref="Initial"/> doubled n times, capped at <see cref="Max"/>,
/// then shortened by up to <see cref="JitterRatio"/> of itself so clients dropped together do not return together.
/// A pure function: the random number is passed in.
/// </summary>
public sealed record GatewayBackoff(TimeSpan Initial, TimeSpan Max, double JitterRatio = 0.5)
{
    /// <summary>1 s, 2 s, 4 s … 60 s, each shortened by up to half at random.</summary>
    public static GatewayBackoff Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

    /// <param name="attempt">How many reconnects have failed since the last READY or RESUMED.</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    public TimeSpan DelayFor(int attempt, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        double nominal = Initial.Ticks * Math.Pow(2, Math.Min(attempt, 62));
        double capped = Math.Min(nominal, Max.Ticks);
        double factor = 1 - Math.Clamp(JitterRatio, 0, 1) * Math.Clamp(jitter, 0, 1);
        return TimeSpan.FromTicks((long)(capped * factor));
    }

    /// <summary>The endless sequence of waits, attempt 0, 1, 2 …, drawing each jitter from <paramref name="random"/>.</summary>
    public IEnumerable<TimeSpan> Sequence(Func<double> random)
    {
        for (int attempt = 0; ; attempt = Math.Min(attempt + 1, 62))
            yield return DelayFor(attempt, random());
    }
}
