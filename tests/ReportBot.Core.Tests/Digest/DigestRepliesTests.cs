using System.Globalization;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Digest;

public sealed class DigestRepliesTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private static readonly DateOnly Day = new(2026, 11, 27);

    private IReadOnlyList<Recommendation> Catalog => RecommendationCatalog.Build(seed.Report);

    [Fact]
    public void An_action_shows_its_quote_citation_focus_follow_up_and_pillar_button()
    {
        var item = Catalog.Single(i => i.Focus == "5G deployment");

        var reply = DigestReplies.Render(item, Day);

        Assert.Equal(ReplyKind.Digest, reply.Kind);
        Assert.Equal("Recommendation of the day · 27 November 2026", reply.Title);
        Assert.Equal(item.Quote, reply.Quote!.Text);
        Assert.StartsWith("Advance cooperation on “new frontier” policy areas", reply.Quote.Text);
        Assert.Equal("Executive Summary", reply.Quote.Citation!.Section);
        Assert.Equal(1, Assert.Single(reply.Quote.Pillars).Number);
        Assert.Contains("Focus: 5G deployment", reply.Body);
        Assert.Contains("pillar 1: Advance cooperation", reply.Body);
        Assert.EndsWith("Ask next: What does the report say about 5G deployment?", reply.Body);
        var button = Assert.Single(reply.Buttons);
        Assert.Equal("Pillar 1", button.Label);
        Assert.Equal(TurnAction.ShowPillar(1), button.Action);
        Assert.Empty(reply.Excerpts);
    }

    [Fact]
    public void A_sentence_about_two_pillars_gets_a_button_for_each()
    {
        var item = Catalog.Single(i => i.Kind == RecommendationKind.Sentence && i.Quote.Contains("should parlay", StringComparison.Ordinal));

        var reply = DigestReplies.Render(item, Day);

        Assert.Equal(["Pillar 3", "Pillar 4"], reply.Buttons.Select(b => b.Label));
        Assert.Equal([3, 4], reply.Buttons.Select(b => b.Action.Pillar));
        Assert.Equal([3, 4], reply.Quote!.Pillars.Select(p => p.Number));
        Assert.Equal("Ask next: What does the report say about the United States?", reply.Body);
    }

    [Fact]
    public void A_line_of_effort_is_labelled_and_has_no_pillar_button_when_its_passage_has_none()
    {
        var item = Catalog.First(i => i.Kind == RecommendationKind.FrameworkItem && i.Pillars.Count == 0);

        var reply = DigestReplies.Render(item, Day);

        Assert.StartsWith("Line of effort 1: Reduce the irritants", reply.Body);
        Assert.Contains("Ask next: What does the report recommend to reduce the irritants", reply.Body);
        Assert.Empty(reply.Buttons);
        Assert.StartsWith("Foreword", reply.Quote!.Citation!.Section);
    }

    [Fact]
    public void A_pillar_shows_its_label_and_the_pillar_command()
    {
        var item = Catalog.First(i => i.Kind == RecommendationKind.Pillar);
        var reply = DigestReplies.Render(item, Day);
        Assert.Equal("Pillar 1: Advance cooperation on “new frontier” policy areas\n\nAsk next: pillar 1", reply.Body);
        Assert.Equal("Pillar 1", Assert.Single(reply.Buttons).Label);
    }

    [Fact]
    public void The_date_reads_the_same_whatever_the_server_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ko-KR");
            Assert.Equal("Recommendation of the day · 1 March 2027", DigestReplies.Render(Catalog[0], new DateOnly(2027, 3, 1)).Title);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Every_item_renders_with_a_verbatim_quote_and_a_follow_up()
    {
        foreach (var item in Catalog)
        {
            var reply = DigestReplies.Render(item, Day);
            Assert.Equal(item.Quote, reply.Quote!.Text);
            Assert.Contains("Ask next: " + item.FollowUp, reply.Body);
            Assert.True(reply.Buttons.Count <= 5);
            Assert.All(reply.Buttons, b => Assert.True(b.Action.Encode().Length <= TurnAction.MaxEncodedLength));
        }
    }
}
