using ReportBot.Core.Digest;

namespace ReportBot.Core.Tests.Digest;

public sealed class TimeZoneNamesTests
{
    [Theory]
    [InlineData("seoul", "Asia/Seoul")]
    [InlineData("Asia/Se", "Asia/Seoul")]
    [InlineData("new york", "America/New_York")]
    [InlineData("NEW_YORK", "America/New_York")]
    [InlineData("europe/lon", "Europe/London")]
    [InlineData("america", "America/New_York")]
    public void Typed_text_finds_the_zone_first(string typed, string first)
    {
        var found = TimeZoneNames.Search(typed, 25);
        Assert.Equal(first, found[0]);
        Assert.All(found, name => Assert.Contains(typed.Replace(' ', '_'), name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Common_zones_come_before_the_rest_and_names_starting_with_the_text_before_those_containing_it()
    {
        var found = TimeZoneNames.Search("america", 25);
        Assert.Equal(["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"], found.Take(4));

        // After the common ones: names whose region or city starts with the text, then names that only contain it.
        var an = TimeZoneNames.Search("an", 1000);
        var common = TimeZoneNames.Search("", 20);
        Assert.Equal(an.Where(common.Contains), an.Take(an.Count(common.Contains)));
        var rest = an.Where(n => !common.Contains(n)).ToList();
        bool StartsPart(string name) => name.Split('/', '_', '-').Any(part => part.StartsWith("an", StringComparison.OrdinalIgnoreCase));
        int lastStart = rest.FindLastIndex(StartsPart);
        int firstInside = rest.FindIndex(n => !StartsPart(n));
        Assert.True(lastStart >= 0 && firstInside > lastStart, $"{lastStart} {firstInside}");
    }

    [Fact]
    public void Nothing_typed_offers_the_common_zones()
    {
        var found = TimeZoneNames.Search("", 25);
        Assert.Equal(25, found.Count);
        Assert.Equal(["UTC", "Asia/Seoul", "America/New_York"], found.Take(3));
        Assert.Equal(found.Count, found.Distinct().Count());
    }

    [Theory]
    [InlineData("zzzz", 10, 0)]
    [InlineData("asia", 0, 0)]
    [InlineData("asia", 3, 3)]
    public void At_most_max_names_are_returned(string typed, int max, int count)
    {
        Assert.Equal(count, TimeZoneNames.Search(typed, max).Count);
    }

    [Fact]
    public void Every_offered_name_is_accepted_when_subscribing()
    {
        Assert.True(TimeZoneNames.All.Count > 100);
        Assert.All(TimeZoneNames.All, name =>
        {
            Assert.True(DigestTimes.TryParseZone(name, out var id, out var error), error);
            Assert.Equal(name, id);
        });
    }
}
