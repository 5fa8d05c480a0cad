using ReportBot.Discord.Gateway;
using ReportBot.Discord.Schema;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

public class GatewayHandshakeTests
{
    [Fact]
    public async Task Identifies_with_the_token_and_4609_intents_then_a_mention_reaches_the_handler()
    {
        await using var h = await GatewayHarness.StartAsync();

        var connection = await h.ReadyAsync();
        var identify = await connection.WaitForFrameAsync(2);
        await connection.SendDispatchAsync("MESSAGE_CREATE",
            FakeDiscordGatewayPayloads.MessageCreate($"<@{h.Fake.BotUserId}> what was the 2023 budget?", mentionUserId: h.Fake.BotUserId));
        var message = await h.WaitForMessageAsync($"<@{h.Fake.BotUserId}> what was the 2023 budget?");

        Assert.Equal("?v=10&encoding=json", connection.QueryString);
        Assert.Equal(h.Fake.Path, connection.Path);
        Assert.Equal(FakeDiscordGateway.DefaultBotToken, identify.Get("token"));
        Assert.Equal(4609, identify.GetNumber("intents"));
        var properties = identify.Data.GetProperty("properties");
        foreach (var name in new[] { "os", "browser", "device" })
            Assert.False(string.IsNullOrEmpty(properties.GetProperty(name).GetString()), name);

        var ready = Assert.Single(h.Handler.Ready);
        Assert.Equal(h.Fake.BotUserId, ready.User.Id);
        Assert.True(ready.User.Bot);
        Assert.Equal(h.Fake.LatestSession!.Id, ready.SessionId);
        Assert.Equal(h.Fake.ResumeGatewayUrl, ready.ResumeGatewayUrl);

        Assert.Equal(FakeDiscordGatewayPayloads.GuildId, message.GuildId);
        Assert.Equal(FakeDiscordGatewayPayloads.UserId, message.Author!.Id);
        Assert.Contains(message.Mentions!, u => u.Id == h.Fake.BotUserId);
        Assert.Equal(GatewayState.Connected, h.Client.Status.State);
        Assert.Single(h.Fake.Connections);
    }

    [Fact]
    public async Task An_interaction_create_reaches_the_handler()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.ReadyAsync();

        await connection.SendDispatchAsync("INTERACTION_CREATE",
            FakeDiscordGatewayPayloads.InteractionCreate("ask", "question", "who audits the report?", h.Fake.BotUserId));
        var interaction = await h.WaitForAsync(() => h.Handler.Interactions.FirstOrDefault(), "INTERACTION_CREATE");

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("ask", interaction.Data!.Name);
        Assert.Equal(FakeDiscordGatewayPayloads.UserId, interaction.Invoker!.Id);
        Assert.False(string.IsNullOrEmpty(interaction.Token));
    }

    [Fact]
    public async Task Without_a_configured_url_it_asks_get_gateway_bot()
    {
        await using var h = await GatewayHarness.StartAsync(gatewayUrlFromRest: true);

        var connection = await h.ReadyAsync();

        Assert.Equal(1, h.Rest.GatewayBotCalls);
        Assert.Equal(h.Fake.Path, connection.Path);
    }

    [Fact]
    public async Task Events_without_a_handler_are_ignored_and_logged_at_debug()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.ReadyAsync();

        await connection.SendDispatchAsync("GUILD_CREATE", FakeDiscordGatewayPayloads.GuildCreate());
        await connection.SendDispatchAsync("TYPING_START", new System.Text.Json.Nodes.JsonObject { ["channel_id"] = "1" });
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("after"));
        await h.WaitForMessageAsync("after");

        Assert.Single(h.Handler.Messages);
        Assert.Contains(h.Logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Debug && e.Message.Contains("GUILD_CREATE", StringComparison.Ordinal));
        Assert.Empty(h.Logger.Errors);
    }
}
