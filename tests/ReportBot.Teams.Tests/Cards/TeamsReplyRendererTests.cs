using System.Text;
using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Teams.Cards;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Tests.Cards;

public sealed class TeamsReplyRendererTests
{
    private static Excerpt Excerpt(int rank, string text) =>
        new(rank, "p" + rank, text, text.Replace("5G", "**5G**"), 1.0, new Citation("Executive Summary", 4, null), [new PillarRef(1, "Advance cooperation")]);

    private static Reply Answer(params Excerpt[] excerpts) =>
        new(ReplyKind.Answer, "From the report", "", excerpts, [new ReplyButton("More results", TurnAction.More("abc123", 3))]);

    private static JsonElement Card(Activity activity) => Assert.Single(activity.Attachments!).Content!.Value;

    [Fact]
    public void An_answer_is_an_adaptive_card_with_excerpts_citations_chips_and_buttons_and_no_duplicate_text()
    {
        var activity = TeamsReplyRenderer.Render(Answer(Excerpt(1, "Advance 5G deployment.")), 28 * 1024);

        Assert.Equal("message", activity.Type);
        Assert.Null(activity.Text);
        Assert.Equal("From the report", activity.Summary);

        Assert.Equal(AdaptiveCardWriter.ContentType, activity.Attachments![0].ContentType);
        var card = Card(activity);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        string json = System.Text.RegularExpressions.Regex.Unescape(card.GetRawText());
        Assert.Contains("**5G**", json);
        Assert.Contains("Executive Summary, p. 4", json);
        Assert.Contains("Pillar 1: Advance cooperation", json);
        var action = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
        Assert.Equal("more:abc123:3", action.GetProperty("data").GetProperty("reportbot").GetString());
    }

    [Fact]
    public void Long_answers_are_cut_to_the_size_budget_by_dropping_trailing_excerpts()
    {
        string longText = string.Concat(Enumerable.Repeat("The alliance should deepen 5G cooperation across many sectors. ", 150));
        var reply = Answer(Enumerable.Range(1, 10).Select(i => Excerpt(i, longText)).ToArray());

        var activity = TeamsReplyRenderer.Render(reply, 28 * 1024);

        int size = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity));
        Assert.InRange(size, 1, 28 * 1024);
        int shown = Card(activity).GetProperty("body").EnumerateArray().Count(b => b.GetProperty("type").GetString() == "Container");
        Assert.InRange(shown, 1, 9);
    }

    [Theory]
    [InlineData("<at>everyone</at> **bold** [link](http://evil)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("_x_ `code` ~~strike~~ # heading | table")]
    public void Text_from_users_is_never_echoed_unescaped(string typed)
    {
        var problem = TeamsReplyRenderer.Render(Reply.Problem("Unknown command “/" + typed + "”", "You typed: " + typed), 28 * 1024);
        var carded = TeamsReplyRenderer.Render(Reply.Problem("Unknown “" + typed + "”", typed) with { Items = [typed] }, 28 * 1024);
        Assert.Null(problem.Attachments);
        string all = problem.Text + System.Text.RegularExpressions.Regex.Unescape(Card(carded).GetRawText());
        Assert.DoesNotContain("<at>", all);
        Assert.DoesNotContain("<script>", all);
        Assert.DoesNotContain("[link](", all);
        Assert.DoesNotContain(" **bold**", problem.Text);
    }

    [Fact]
    public void A_pillar_reply_shows_its_statement_as_a_quote()
    {
        var reply = new Reply(ReplyKind.Pillar, "Pillar 4: Galvanize", "", [], [new ReplyButton("Pillar 5 ▶", TurnAction.ShowPillar(5))])
        {
            Quote = new Quote("Galvanize new areas of security cooperation.", new Citation("Executive Summary", null, null), [new PillarRef(4, "Galvanize")]),
        };
        var activity = TeamsReplyRenderer.Render(reply, 28 * 1024);
        string card = System.Text.RegularExpressions.Regex.Unescape(Card(activity).GetRawText());
        Assert.Contains("“Galvanize new areas of security cooperation.”", card);
        Assert.Contains("pillar:5", card);
    }
}
