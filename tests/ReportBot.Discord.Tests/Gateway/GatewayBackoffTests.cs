using ReportBot.Discord.Gateway;

namespace ReportBot.Discord.Tests.Gateway;

public class GatewayBackoffTests
{
    [Fact]
    public void Without_jitter_the_waits_double_from_one_second_and_stop_at_sixty()
    {
        var waits = GatewayBackoff.Default.Sequence(() => 0).Take(9).Select(t => t.TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], waits);
    }

    [Fact]
    public void Jitter_only_shortens_a_wait_by_up_to_half()
    {
        var backoff = GatewayBackoff.Default;

        Assert.Equal(TimeSpan.FromSeconds(4), backoff.DelayFor(2, 0));
        Assert.Equal(TimeSpan.FromSeconds(3), backoff.DelayFor(2, 0.5));
        Assert.InRange(backoff.DelayFor(2, 0.999999), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.001));
        Assert.Equal(TimeSpan.FromSeconds(30), backoff.DelayFor(20, 1));
    }

    [Fact]
    public void Every_wait_stays_within_half_and_all_of_the_capped_value()
    {
        var random = new Random(1234);
        var waits = GatewayBackoff.Default.Sequence(random.NextDouble).Take(200).ToList();

        for (int attempt = 0; attempt < waits.Count; attempt++)
        {
            double nominal = Math.Min(Math.Pow(2, attempt), 60);
            Assert.InRange(waits[attempt].TotalSeconds, nominal / 2, nominal);
        }
    }

    [Fact]
    public void Huge_attempt_numbers_do_not_overflow()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), GatewayBackoff.Default.DelayFor(int.MaxValue, 0));
    }

    [Fact]
    public void A_custom_backoff_uses_its_own_start_and_cap()
    {
        var backoff = new GatewayBackoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1), JitterRatio: 0);

        Assert.Equal([250, 500, 1000, 1000], backoff.Sequence(() => 0.9).Take(4).Select(t => t.TotalMilliseconds));
    }
}
