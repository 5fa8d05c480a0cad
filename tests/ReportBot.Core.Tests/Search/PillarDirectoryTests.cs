using ReportBot.Core.Answers;
using ReportBot.Core.Tests.Support;

using ReportBot.Testing;

namespace ReportBot.Core.Tests.Search;

public sealed class PillarDirectoryTests(SeedReport seed) : IClassFixture<SeedReport>
{
    [Theory]
    [InlineData("4")]
    [InlineData(" 4 ")]
    [InlineData("#4")]
    [InlineData("four")]
    public void A_pillar_in_range_gives_title_statement_citation_and_related_passages(string typed)
    {
        var pillar = seed.Pillars.Find(typed);
        Assert.Equal(PillarLookupStatus.Found, pillar.Status);
        Assert.Equal(4, pillar.Number);
        Assert.Equal("Galvanize new areas of security cooperation", pillar.Title);
        Assert.StartsWith("Galvanize new areas of security cooperation, focusing on asymmetric capabilities", pillar.Statement);
        Assert.Equal("Executive Summary", pillar.Citation!.Section);
        Assert.NotEmpty(pillar.Related);
        Assert.DoesNotContain(pillar.Related, r => r.Text == pillar.Statement);
        Assert.Equal(6, pillar.Count);
    }

    [Theory]
    [InlineData("0", PillarLookupStatus.OutOfRange, "There is no pillar 0")]
    [InlineData("7", PillarLookupStatus.OutOfRange, "There is no pillar 7")]
    [InlineData("-1", PillarLookupStatus.OutOfRange, "There is no pillar -1")]
    [InlineData("99999999999999", PillarLookupStatus.OutOfRange, "There is no pillar 99999999999999")]
    [InlineData("abc", PillarLookupStatus.NotANumber, "“abc” isn't a pillar number")]
    [InlineData("", PillarLookupStatus.NotANumber, "That isn't a pillar number")]
    [InlineData(null, PillarLookupStatus.NotANumber, "That isn't a pillar number")]
    [InlineData("4.5", PillarLookupStatus.NotANumber, "isn't a pillar number")]
    public void Anything_else_names_the_valid_range(string? typed, PillarLookupStatus status, string message)
    {
        var pillar = seed.Pillars.Find(typed);
        Assert.Equal(status, pillar.Status);
        Assert.Contains(message, pillar.Message);
        Assert.Contains("from 1 to 6", pillar.Message);
        Assert.Null(pillar.Statement);
    }

    [Fact]
    public void All_pillars_are_listed_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 6), seed.Pillars.All.Select(p => p.Number));
    }
}
