using ReportBot.Core.Conversations;
using ReportBot.Core.Tests.Support;

using ReportBot.Testing;
using ReportBot.Core.Platforms;

namespace ReportBot.Core.Tests.Conversations;

public sealed class ConversationHandlerTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private readonly ConversationHandler _handler = seed.Conversations();

    private ConversationHandler Handler => _handler;

    private Reply Say(string text) => Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", text));

    private Reply Press(TurnAction action) => Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", null, action));

    [Fact]
    public void A_question_gets_excerpts_with_citations_pillar_buttons_and_more_results()
    {
        var reply = Say("North Korea");
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.NotEmpty(reply.Excerpts);
        var more = Assert.Single(reply.Buttons, b => b.Action.Kind == TurnActionKind.MoreResults);
        Assert.Equal(reply.Excerpts.Count, more.Action.Skip);
        Assert.Contains(reply.Buttons, b => b.Action.Kind == TurnActionKind.ShowPillar);
    }

    [Fact]
    public void More_results_pages_on_from_where_the_last_page_ended()
    {
        var first = Say("North Korea");
        var more = first.Buttons.Single(b => b.Action.Kind == TurnActionKind.MoreResults).Action;
        var second = Press(more);
        Assert.Equal(ReplyKind.Answer, second.Kind);
        Assert.Equal(first.Excerpts.Count + 1, second.Excerpts[0].Rank);
        Assert.Empty(first.Excerpts.Select(e => e.PassageId).Intersect(second.Excerpts.Select(e => e.PassageId)));
    }

    [Fact]
    public void A_more_results_button_whose_question_is_gone_says_so()
    {
        var reply = Press(TurnAction.More("unknown0000", 3));
        Assert.Equal(ReplyKind.Problem, reply.Kind);
        Assert.Contains("expired", reply.Title);
    }

    [Fact]
    public void Pillar_commands_and_buttons_show_the_pillar()
    {
        foreach (var reply in new[] { Say("pillar 4"), Press(TurnAction.ShowPillar(4)) })
        {
            Assert.Equal(ReplyKind.Pillar, reply.Kind);
            Assert.StartsWith("Pillar 4: Galvanize", reply.Title);
            Assert.StartsWith("Galvanize new areas of security cooperation", reply.Quote!.Text);
            Assert.Equal(["◀ Pillar 3", "Pillar 5 ▶"], reply.Buttons.Select(b => b.Label));
        }
    }

    [Theory]
    [InlineData("pillar 0")]
    [InlineData("pillar 7")]
    [InlineData("pillar twelve")]
    [InlineData("pillar 99999999999")]
    [InlineData("pillar")]
    public void Bad_pillar_numbers_get_the_valid_range(string text)
    {
        var reply = Say(text);
        Assert.Equal(ReplyKind.Problem, reply.Kind);
        Assert.Contains("from 1 to 6", reply.Body);
    }

    [Fact]
    public void Pillars_lists_all_six()
    {
        var reply = Say("pillars");
        Assert.Equal(ReplyKind.PillarList, reply.Kind);
        Assert.Equal(6, reply.Items.Count);
        Assert.StartsWith("1. Advance cooperation", reply.Items[0]);
        // A button for every pillar, the sixth too: renderers lay them out within their platform's limits.
        Assert.Equal(["Pillar 1", "Pillar 2", "Pillar 3", "Pillar 4", "Pillar 5", "Pillar 6"], reply.Buttons.Select(b => b.Label));
    }

    [Fact]
    public void A_word_after_pillar_that_is_no_number_is_a_question_not_an_error()
    {
        var reply = Say("pillar China");
        Assert.NotEqual(ReplyKind.Problem, reply.Kind);
        Assert.DoesNotContain("isn't a pillar number", reply.Body);
    }


    [Fact]
    public void Help_names_every_command_and_offers_examples_from_the_report()
    {
        var reply = Say("help");
        Assert.Equal(ReplyKind.Help, reply.Kind);
        Assert.Contains("Renew, Elevate, Modernize", reply.Body);
        Assert.Contains("What does the report recommend on 5G?", reply.Body);
        foreach (var command in new[] { "pillars:", "pillar <number>:", "about:", "help:" })
            Assert.Contains(reply.Items, i => i.StartsWith(command, StringComparison.Ordinal));
        Assert.StartsWith("Any question in your own words (or ask <question>)", reply.Items[0]);
        Assert.Contains("The report has 6 policy pillars.", reply.Body);
    }

    [Fact]
    public void About_gives_title_authors_date_and_publisher()
    {
        var items = string.Join("\n", Say("about").Items);
        Assert.Contains("Kristine Lee, Joshua Fitt and Coby Goldberg", items);
        Assert.Contains("16 November 2020", items);
        Assert.Contains("Center for a New American Security", items);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_message_gets_help(string text) => Assert.Equal(ReplyKind.Help, Say(text).Kind);

    [Fact]
    public void Unknown_commands_and_unreadable_buttons_get_a_clear_problem()
    {
        Assert.Equal(ReplyKind.Problem, Say("/frobnicate").Kind);
        Assert.Contains("frobnicate", Say("/frobnicate").Title);
        var stale = Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", null) { UnknownAction = "delete:all" });
        Assert.Equal(ReplyKind.Problem, stale.Kind);
    }

    [Fact]
    public void Questions_the_report_does_not_cover_offer_example_questions_when_no_pillar_comes_close()
    {
        var reply = Say("What is the recipe for kimchi?");
        Assert.Equal(ReplyKind.NotCovered, reply.Kind);
        Assert.Empty(reply.Excerpts);
        Assert.Empty(reply.Items);
        Assert.Equal(TurnActionKind.Explain, Assert.Single(reply.Buttons).Action.Kind);
        Assert.Contains("for example", reply.Body);
    }

    [Fact]
    public void Why_this_answer_shows_the_evidence_privately_to_the_one_who_asks()
    {
        var answer = Say("How should the allies approach North Korea?");
        var why = answer.Buttons.Single(b => b.Action.Kind == TurnActionKind.Explain);
        Assert.Equal(why.Action, TurnAction.TryDecode(why.Action.Encode()));
        var explained = Press(why.Action);
        Assert.Equal(ReplyKind.Acknowledgement, explained.Kind);
        Assert.Equal("Why this answer", explained.Title);
        Assert.StartsWith("Fitted model: probability", explained.Body);
        Assert.EndsWith("→ answered.", explained.Body);
        Assert.Contains(explained.Items, i => i.StartsWith("Matched words: ", StringComparison.Ordinal) && i.Contains("North", StringComparison.Ordinal));
        Assert.Contains(explained.Items, i => i.StartsWith("Meaning similarity", StringComparison.Ordinal));

        var abstained = Say("What is the recipe for kimchi?");
        var whyNot = Press(abstained.Buttons.Single(b => b.Action.Kind == TurnActionKind.Explain).Action);
        Assert.EndsWith("→ abstained.", whyNot.Body);
    }

    [Fact]
    public void Greetings_get_a_greeting_with_example_questions_and_no_search()
    {
        var reply = Say("hi");
        Assert.Equal(ReplyKind.Welcome, reply.Kind);
        Assert.Empty(reply.Excerpts);
        Assert.StartsWith("Hello!", reply.Body);
        Assert.Contains("For example", reply.Body);
        Assert.StartsWith("You're welcome!", Say("thanks!").Body);
    }

    [Fact]
    public void Questions_about_the_report_itself_are_answered_with_the_fact_and_the_passage_that_says_it()
    {
        var reply = Say("Who wrote the report?");
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("About the report", reply.Title);
        Assert.Contains("Kristine Lee, Joshua Fitt, and Coby Goldberg", reply.Body);
        Assert.Contains("This report by Kristine Lee, Joshua Fitt, and Coby Goldberg", reply.Excerpts[0].Text);
    }

    [Fact]
    public void Too_long_and_meaningless_input_are_problems_not_answers()
    {
        Assert.Equal(ReplyKind.Problem, Say(new string('a', 6000)).Kind);
        Assert.Equal(ReplyKind.Problem, Say("??? !!!").Kind);
    }
}
