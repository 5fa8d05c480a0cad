using ReportBot.Core.Digest;

namespace ReportBot.Core.Tests.Digest;

public sealed class DigestTimesTests
{
    private static readonly DigestTime Defaults = new(new TimeOnly(9, 0), "UTC");

    [Theory]
    [InlineData("9:00", "Asia/Seoul", "09:00 Asia/Seoul")]
    [InlineData("09:00", "Asia/Seoul", "09:00 Asia/Seoul")]
    [InlineData("0:00", "America/New_York", "00:00 America/New_York")]
    [InlineData("23:59", "Europe/London", "23:59 Europe/London")]
    [InlineData(" 18:30 ", " America/Port-au-Prince ", "18:30 America/Port-au-Prince")]
    [InlineData("07:15", "Etc/GMT+5", "07:15 Etc/GMT+5")]
    [InlineData("07:15", "asia/seoul", "07:15 Asia/Seoul")]
    [InlineData("07:15", "Korea Standard Time", "07:15 Asia/Seoul")]
    public void Valid_times_and_zones_are_read(string time, string zone, string expected)
    {
        Assert.True(DigestTimes.TryParse(time, zone, Defaults, out var value, out var error), error);
        Assert.Null(error);
        Assert.Equal(expected, value!.ToString());
        Assert.NotNull(value.Zone);
    }

    [Fact]
    public void Missing_parts_take_the_defaults()
    {
        Assert.True(DigestTimes.TryParse(null, null, Defaults, out var both, out _));
        Assert.Equal(Defaults, both);
        Assert.True(DigestTimes.TryParse("18:00", null, Defaults, out var timeOnly, out _));
        Assert.Equal(new DigestTime(new TimeOnly(18, 0), "UTC"), timeOnly);
        Assert.True(DigestTimes.TryParse(null, "Asia/Seoul", Defaults, out var zoneOnly, out _));
        Assert.Equal(new DigestTime(new TimeOnly(9, 0), "Asia/Seoul"), zoneOnly);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("12:60")]
    [InlineData("9am")]
    [InlineData("0900")]
    [InlineData("9:5")]
    [InlineData("-1:00")]
    [InlineData("09:00:00")]
    [InlineData("٠٩:٠٠")]
    [InlineData("")]
    [InlineData("   ")]
    public void Invalid_times_are_refused_naming_the_format(string time)
    {
        Assert.False(DigestTimes.TryParse(time, "Asia/Seoul", Defaults, out var value, out var error));
        Assert.Null(value);
        Assert.Contains("HH:MM", error);
        Assert.Contains("24-hour", error);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Seoul")]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    [InlineData("Asia/Seoul; DROP TABLE subscriptions")]
    [InlineData("Asia/Seoul/../../../etc/passwd")]
    public void Invalid_zones_are_refused_naming_an_example(string zone)
    {
        Assert.False(DigestTimes.TryParse("09:00", zone, Defaults, out var value, out var error));
        Assert.Null(value);
        Assert.Contains("Use an IANA time zone such as Asia/Seoul or America/New_York", error);
    }

    [Fact]
    public void A_long_zone_is_refused_and_not_echoed_whole()
    {
        string zone = "Asia/" + new string('x', 500);
        Assert.False(DigestTimes.TryParse("09:00", zone, Defaults, out _, out var error));
        Assert.True(error!.Length < 200, error);
    }

    [Fact]
    public void The_time_is_checked_first_when_both_are_wrong()
    {
        Assert.False(DigestTimes.TryParse("9am", "Mars/Olympus_Mons", Defaults, out _, out var error));
        Assert.Contains("“9am” isn't a time of day", error);
    }
}
