using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Feedback;
using ReportBot.Core.Options;
using ReportBot.Testing;
using ReportBot.Core.Platforms;

namespace ReportBot.Core.Tests.Feedback;

/// <summary>👍/👎 through the conversation handler: what is offered, what is stored, and that votes change no answer.</summary>
public sealed class FeedbackConversationTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private readonly InMemoryAnswerLog _log = new();
    private readonly VoterPseudonyms _voters = new(Enumerable.Repeat((byte)7, 32).ToArray());

    private ConversationHandler Handler(bool enabled = true) => new TestConversations(seed, services => services
        .AddSingleton<IAnswerLog>(_log)
        .AddSingleton(_voters)
        .Configure<FeedbackOptions>(o => o.Enabled = enabled)).Handler;

    private static Reply Say(ConversationHandler handler, string text, string user = "u1") => handler.Handle(new Turn(Platform.DiscordGateway, "c1", user, text));

    private static Reply Press(ConversationHandler handler, TurnAction action, string user = "u1") =>
        handler.Handle(new Turn(Platform.DiscordGateway, "c1", user, null, action));

    private static TurnAction Vote(Reply reply, FeedbackVote vote) =>
        reply.Buttons.Single(b => b.Action.Kind == TurnActionKind.Feedback && b.Action.Vote == vote).Action;

    [Fact]
    public void An_answer_offers_thumbs_up_and_down_and_is_logged_with_normalised_question_and_passages()
    {
        var reply = Say(Handler(), "  What does the report say about 5G??  ");
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(["👍", "👎"], reply.Buttons.Where(b => b.Action.Kind == TurnActionKind.Feedback).Select(b => b.Label));
        var logged = Assert.Single(_log.Answers.Values);
        Assert.Equal(Vote(reply, FeedbackVote.Up).AnswerId, logged.Id);
        Assert.Equal("what does the report say about 5g", logged.Question);
        Assert.Equal(reply.Excerpts.Select(e => e.PassageId), logged.PassageIds);
        Assert.Equal(AnswerStatus.Answered, logged.Status);
        Assert.Equal("discord", logged.Platform);
        Assert.Equal(0, logged.Skip);
    }

    [Fact]
    public void A_vote_is_stored_under_a_pseudonym_and_a_second_vote_replaces_the_first()
    {
        var handler = Handler();
        var reply = Say(handler, "North Korea", user: "80351110224678912");
        var down = Press(handler, Vote(reply, FeedbackVote.Down), user: "80351110224678912");
        Assert.Equal(ReplyKind.Acknowledgement, down.Kind);
        Assert.Equal("Thanks for the feedback", down.Title);
        var stored = Assert.Single(_log.Votes);
        Assert.Equal(FeedbackVote.Down, stored.Value);
        Assert.DoesNotContain("80351110224678912", stored.Key.Voter, StringComparison.Ordinal);
        Assert.Equal(_voters.For("discord", "80351110224678912"), stored.Key.Voter);

        Assert.Equal("Thanks for the feedback", Press(handler, Vote(reply, FeedbackVote.Down), user: "80351110224678912").Title);
        Assert.Equal("Vote changed", Press(handler, Vote(reply, FeedbackVote.Up), user: "80351110224678912").Title);
        Assert.Equal(FeedbackVote.Up, Assert.Single(_log.Votes).Value);

        // Another person's vote on the same answer is a separate vote.
        Press(handler, Vote(reply, FeedbackVote.Down), user: "someone-else");
        Assert.Equal(2, _log.Votes.Count);
    }

    [Fact]
    public void Votes_change_no_answer()
    {
        var handler = Handler();
        var before = Say(handler, "North Korea");
        for (int i = 0; i < 20; i++) Press(handler, Vote(before, FeedbackVote.Down), user: "user" + i);
        var after = Say(handler, "North Korea");
        Assert.Equal(before.Excerpts.Select(e => (e.PassageId, e.Score)), after.Excerpts.Select(e => (e.PassageId, e.Score)));
    }

    [Fact]
    public void A_vote_on_an_unknown_answer_is_refused_and_stores_nothing()
    {
        var reply = Press(Handler(), TurnAction.Rate("0123456789abcdef", FeedbackVote.Down));
        Assert.Equal(ReplyKind.Problem, reply.Kind);
        Assert.Empty(_log.Votes);
    }

    [Fact]
    public void Abstentions_are_logged_without_feedback_buttons_and_refusals_are_not_logged()
    {
        var handler = Handler();
        var notCovered = Say(handler, "What is the recipe for kimchi?");
        Assert.Equal(ReplyKind.NotCovered, notCovered.Kind);
        Assert.DoesNotContain(notCovered.Buttons, b => b.Action.Kind == TurnActionKind.Feedback);
        Assert.Equal(AnswerStatus.NotCovered, Assert.Single(_log.Answers.Values).Status);

        Say(handler, new string('x', 5_000));
        Say(handler, "help");
        Say(handler, "pillar 4");
        Assert.Single(_log.Answers.Values);
    }

    [Fact]
    public void More_results_pages_are_logged_with_how_many_were_shown_before()
    {
        var handler = Handler();
        var first = Say(handler, "North Korea");
        var second = Press(handler, first.Buttons.Single(b => b.Action.Kind == TurnActionKind.MoreResults).Action);
        var page = _log.Answers[Vote(second, FeedbackVote.Up).AnswerId!];
        Assert.Equal(first.Excerpts.Count, page.Skip);
        Assert.Equal(second.Excerpts.Select(e => e.PassageId), page.PassageIds);
    }

    [Fact]
    public void Switched_off_there_are_no_buttons_and_nothing_is_logged()
    {
        var handler = Handler(enabled: false);
        var reply = Say(handler, "North Korea");
        Assert.DoesNotContain(reply.Buttons, b => b.Action.Kind == TurnActionKind.Feedback);
        Assert.Empty(_log.Answers);
        Assert.Equal(ReplyKind.Problem, Press(handler, TurnAction.Rate("0123456789abcdef", FeedbackVote.Up)).Kind);
    }

    [Theory]
    [InlineData("vote:0123456789abcdef:up", FeedbackVote.Up)]
    [InlineData("vote:0123456789abcdef:down", FeedbackVote.Down)]
    public void Vote_buttons_round_trip_through_their_encoding(string encoded, FeedbackVote vote)
    {
        var action = TurnAction.TryDecode(encoded);
        Assert.NotNull(action);
        Assert.Equal(TurnActionKind.Feedback, action.Kind);
        Assert.Equal(vote, action.Vote);
        Assert.Equal(encoded, action.Encode());
    }

    [Theory]
    [InlineData("vote:0123456789abcdef:sideways")]
    [InlineData("vote::up")]
    [InlineData("vote:abc/def:up")]
    [InlineData("vote:0123456789abcdef0123456789abcdef0:up")]
    [InlineData("vote:0123456789abcdef")]
    public void Malformed_vote_buttons_decode_to_nothing(string encoded) => Assert.Null(TurnAction.TryDecode(encoded));
}
