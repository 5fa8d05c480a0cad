using Microsoft.Extensions.DependencyInjection;
using ReportBot.Core.Commands;
using ReportBot.Core.Conversations;
using ReportBot.Core.Platforms;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Commands;

/// <summary>What the one pipeline does for every command, whichever door it came through.</summary>
public sealed class CommandPipelineTests(SeedReport seed) : IClassFixture<SeedReport>
{
    private static readonly Dictionary<string, string> Four = new() { ["number"] = "4" };

    private static Turn Structured(TestConversations conversations, string name, IReadOnlyDictionary<string, string> arguments, string user = "u1") =>
        new(Platform.DiscordInteraction, "c1", user, null) { Command = conversations.Commands.Invoke(name, null, arguments) };

    [Fact]
    public void A_structured_pillar_command_counts_against_the_limits_like_typed_text()
    {
        using var conversations = new TestConversations(seed, s => s.Configure<RateLimitOptions>(o => o.ActionsPerUser = 2));
        var handler = conversations.Handler;
        Assert.Equal(ReplyKind.Pillar, handler.Handle(Structured(conversations, "pillar", Four)).Kind);
        Assert.Equal(ReplyKind.Pillar, handler.Handle(new Turn(Platform.DiscordGateway, "c1", "u1", "pillar 4")).Kind);
        Assert.Equal("Slow down a little", handler.Handle(Structured(conversations, "pillar", Four)).Title);
        Assert.Equal(ReplyKind.Pillar, handler.Handle(Structured(conversations, "pillar", Four, user: "u2")).Kind);
    }

    [Fact]
    public void Privacy_comes_from_the_declaration_and_the_reply_kind()
    {
        using var conversations = new TestConversations(seed);
        var handler = conversations.Handler;
        var help = Structured(conversations, "help", new Dictionary<string, string>());
        Assert.Equal(ReplyVisibility.Asker, handler.ExpectedVisibility(help));
        Assert.Equal(ReplyVisibility.Asker, handler.Handle(help).Visibility);
        var pillar = Structured(conversations, "pillar", Four);
        Assert.Equal(ReplyVisibility.Conversation, handler.ExpectedVisibility(pillar));
        Assert.Equal(ReplyVisibility.Conversation, handler.Handle(pillar).Visibility);
        // A public command whose reply is a problem is still shown only to its user.
        Assert.Equal(ReplyVisibility.Asker, handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "pillar 99")).Visibility);
        Assert.Equal(ReplyVisibility.Conversation, handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "North Korea")).Visibility);
    }

    [Fact]
    public void The_pipeline_stores_the_return_address_the_door_gives()
    {
        using var conversations = new TestConversations(seed);
        conversations.Handler.Handle(new Turn(Platform.DiscordGateway, "chan-9", "u1", "pillars") { ReturnAddress = new ReturnAddress("chan-9", Verified: true) });
        conversations.Handler.Handle(new Turn(Platform.WebChat, "no-address", "u1", "pillars"));
        var directory = conversations.Services.GetRequiredService<IConversationDirectory>();
        var saved = Assert.IsType<ConversationAddress>(directory.Find("discord", "chan-9"));
        Assert.True(saved.Verified);
        Assert.Equal("chan-9", saved.Reference);
        Assert.Null(directory.Find("web", "no-address"));
    }

    [Fact]
    public void A_command_for_managers_is_refused_to_others_without_running()
    {
        var guarded = new CountingCommand(new CommandDeclaration("lock", "Lock the conversation.") { Audience = CommandAudience.ConversationManagers });
        using var conversations = new TestConversations(seed, s => s.AddSingleton<IBotCommand>(guarded));
        var refused = conversations.Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "lock"));
        Assert.Equal("Not allowed", refused.Title);
        Assert.Equal(ReplyVisibility.Asker, refused.Visibility);
        Assert.Equal(0, guarded.Runs);
        conversations.Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "lock") { MayConfigure = true });
        Assert.Equal(1, guarded.Runs);
    }

    [Fact]
    public void A_new_command_is_one_declaration_and_one_handler_and_help_and_chat_pick_it_up()
    {
        var echo = new CountingCommand(new CommandDeclaration("echo", "Say the number back.")
        {
            Parameters = [new("times", "How often", ParameterKind.Number, Required: true)],
        });
        using var conversations = new TestConversations(seed, s => s.AddSingleton<IBotCommand>(echo));
        var help = conversations.Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "help"));
        Assert.Contains("echo <times>: Say the number back.", help.Items);
        var reply = conversations.Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "echo 3"));
        Assert.Equal("3", reply.Body);
        Assert.Equal(1, echo.Runs);
        // A sentence that starts with the word is still a question.
        Assert.NotEqual("echo", conversations.Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "echo chamber effects on the alliance")).Title);
    }

    [Fact]
    public void An_unknown_slash_command_names_the_declared_ones()
    {
        using var conversations = new TestConversations(seed);
        var reply = conversations.Handler.Handle(new Turn(Platform.WebChat, "c1", "u1", "/frobnicate"));
        Assert.Equal("Unknown command “/frobnicate”", reply.Title);
        Assert.Contains("pillar, pillars, about, help", reply.Body);
    }

    private sealed class CountingCommand(CommandDeclaration declaration) : IBotCommand
    {
        public int Runs { get; private set; }

        public CommandDeclaration Declaration => declaration;

        public Reply Handle(CommandContext context)
        {
            Runs++;
            return new Reply(ReplyKind.About, declaration.Name, context.Invocation.Argument("times") ?? "", [], []);
        }
    }
}
