using ReportBot.Discord.Interactions;

namespace ReportBot.Discord.Tests.Interactions;

public sealed class InteractionTimestampTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly long NowSeconds = Now.ToUnixTimeSeconds();

    [Theory]
    [InlineData("1772452800", 1772452800L)]
    [InlineData("0", 0L)]
    [InlineData("999999999999", 999999999999L)]
    public void Decimal_digits_are_unix_seconds(string header, long expected)
    {
        Assert.True(InteractionTimestamp.TryParse(header, out long seconds));
        Assert.Equal(expected, seconds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hello-world")]
    [InlineData("+1772452800")]
    [InlineData("-1772452800")]
    [InlineData(" 1772452800")]
    [InlineData("1772452800 ")]
    [InlineData("1772452800.0")]
    [InlineData("1.7e9")]
    [InlineData("0x69a57c00")]
    [InlineData("1772452800000")] // milliseconds: 13 digits
    [InlineData("99999999999999999999999999")] // would overflow a long
    [InlineData("１７７２４５２８００")] // full-width digits
    [InlineData("١٧٧٢٤٥٢٨٠٠")] // Arabic-Indic digits
    public void Anything_else_is_not_a_timestamp(string? header) => Assert.False(InteractionTimestamp.TryParse(header, out _));

    [Theory]
    [InlineData(0, true)]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(-301, false)]
    [InlineData(301, false)]
    [InlineData(-26 * 60, false)]
    public void Fresh_means_within_five_minutes_either_way(int offsetSeconds, bool fresh) =>
        Assert.Equal(fresh, InteractionTimestamp.IsFresh(NowSeconds + offsetSeconds, Now));

    [Fact]
    public void Part_seconds_of_now_do_not_shorten_the_window() =>
        Assert.True(InteractionTimestamp.IsFresh(NowSeconds - 300, Now.AddMilliseconds(999)));
}
