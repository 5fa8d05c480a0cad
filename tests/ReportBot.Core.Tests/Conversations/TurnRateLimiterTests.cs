using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Conversations;
using ReportBot.Testing;
using ReportBot.Core.Platforms;

namespace ReportBot.Core.Tests.Conversations;

public sealed class TurnRateLimiterTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private ConversationHandler Handler(int perUser, int perChannel) => new TestConversations(seed, services =>
        services.Configure<RateLimitOptions>(o => (o.QuestionsPerUser, o.QuestionsPerChannel, o.Window) = (perUser, perChannel, TimeSpan.FromMinutes(1)))).Handler;

    [Fact]
    public void A_user_over_the_limit_is_asked_to_slow_down_while_others_still_get_answers()
    {
        var handler = Handler(perUser: 2, perChannel: 100);
        Assert.Equal(ReplyKind.Answer, handler.Handle(new Turn(Platform.DiscordGateway, "c1", "alice", "5G")).Kind);
        Assert.Equal(ReplyKind.Answer, handler.Handle(new Turn(Platform.DiscordGateway, "c2", "alice", "Japan")).Kind);
        var third = handler.Handle(new Turn(Platform.DiscordGateway, "c3", "alice", "trade"));
        Assert.Equal(ReplyKind.Problem, third.Kind);
        Assert.Equal("Slow down a little", third.Title);
        Assert.Equal(ReplyKind.Answer, handler.Handle(new Turn(Platform.DiscordGateway, "c1", "bob", "trade")).Kind);
    }

    [Fact]
    public void A_busy_channel_is_limited_as_a_whole()
    {
        var handler = Handler(perUser: 100, perChannel: 3);
        for (int i = 0; i < 3; i++) Assert.Equal(ReplyKind.Answer, handler.Handle(new Turn(Platform.BotFramework("msteams"), "busy", "user" + i, "5G")).Kind);
        Assert.Equal("Slow down a little", handler.Handle(new Turn(Platform.BotFramework("msteams"), "busy", "user9", "5G")).Title);
        Assert.Equal(ReplyKind.Answer, handler.Handle(new Turn(Platform.BotFramework("msteams"), "quiet", "user9", "5G")).Kind);
    }

    [Fact]
    public void Free_commands_are_not_counted()
    {
        var handler = Handler(perUser: 1, perChannel: 100);
        for (int i = 0; i < 5; i++) Assert.Equal(ReplyKind.Help, handler.Handle(new Turn(Platform.WebChat, "c", "u", "help")).Kind);
        Assert.Equal(ReplyKind.Answer, handler.Handle(new Turn(Platform.WebChat, "c", "u", "5G")).Kind);
    }
}
