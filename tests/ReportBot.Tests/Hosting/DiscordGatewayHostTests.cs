using Microsoft.Extensions.DependencyInjection;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>
/// The real host on the Discord gateway of a fake Discord: it connects and identifies by itself, answers mentions and
/// DMs as replies, ignores everything else, and answers slash commands through the interaction callback.
/// </summary>
public sealed class DiscordGatewayHostTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private TestBotHost _host = null!;
    private FakeDiscordGatewayConnection _connection = null!;

    private string BotId => _discord.Rest.BotUserId;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _host = await TestBotHost.StartAsync(_discord.Settings());
        _connection = await _discord.Gateway.WaitForConnectionAsync(1);
        var identify = await _connection.WaitForFrameAsync(2);
        Assert.Equal(4609, identify.GetNumber("intents"));
        await WaitForReadyAsync();
    }

    /// <summary>Waits until the bot has handled READY (it then knows its own user id).</summary>
    private async Task WaitForReadyAsync()
    {
        await _host.WaitForDiscordGatewayAsync();
        Assert.Equal(BotId, _host.App.Services.GetRequiredService<ReportBot.Discord.Messages.MessageReplier>().SelfId);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task A_mention_is_answered_as_a_reply_that_pings_nobody()
    {
        var message = FakeDiscordGatewayPayloads.MessageCreate($"<@{BotId}> What does the report recommend on 5G?", mentionUserId: BotId);
        await _connection.SendDispatchAsync("MESSAGE_CREATE", message);

        var reply = Assert.Single(await _discord.Rest.WaitForMessagesAsync(1));
        Assert.Equal(FakeDiscordGatewayPayloads.ChannelId, reply.ChannelId);
        Assert.Equal(message["id"]!.GetValue<string>(), reply.ReplyTo);
        Assert.Contains("5G", reply.Json.GetProperty("embeds")[0].GetRawText());
        var sent = _discord.Rest.Requests.Single(r => r.Method == "POST" && r.RawPath.EndsWith("/messages", StringComparison.Ordinal)).Body!.Value;
        Assert.Equal(0, sent.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(sent.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
        Assert.StartsWith("DiscordBot (", _discord.Rest.Requests.Last().UserAgent);
        Assert.Equal("Bot " + FakeDiscord.BotToken, _discord.Rest.Requests.Last().Authorization);
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        await _connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("pillar 4", guildId: null, channelId: "555"));
        var reply = Assert.Single(await _discord.Rest.WaitForMessagesAsync(1));
        Assert.Equal("555", reply.ChannelId);
        Assert.Contains("Pillar 4: Galvanize", reply.Json.GetRawText());
    }

    [Fact]
    public async Task A_typed_digest_subscribe_in_a_server_channel_changes_nothing_but_in_a_dm_it_subscribes()
    {
        var store = _host.App.Services.GetRequiredService<ReportBot.Core.Digest.IDigestStore>();
        await _connection.SendDispatchAsync("MESSAGE_CREATE",
            FakeDiscordGatewayPayloads.MessageCreate($"<@{BotId}> digest subscribe 09:00 Asia/Seoul", mentionUserId: BotId));
        var refused = Assert.Single(await _discord.Rest.WaitForMessagesAsync(1));
        Assert.Contains("/digest", refused.Json.GetRawText());
        Assert.Null(store.Find("discord", FakeDiscordGatewayPayloads.ChannelId));

        await _connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("digest subscribe 09:00 Asia/Seoul", guildId: null, channelId: "556"));
        await _discord.Rest.WaitForMessagesAsync(2);
        Assert.NotNull(store.Find("discord", "556"));
        // The DM's address was kept, so the digest can be posted there.
        Assert.NotNull(_host.App.Services.GetRequiredService<ReportBot.Core.Conversations.IConversationDirectory>().Find("discord", "556"));
    }

    [Fact]
    public async Task Messages_without_a_mention_and_messages_from_bots_are_ignored()
    {
        await _connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("just chatting about 5G"));
        await _connection.SendDispatchAsync("MESSAGE_CREATE",
            FakeDiscordGatewayPayloads.MessageCreate($"<@{BotId}> 5G?", mentionUserId: BotId, authorId: "999", authorName: "otherbot", authorIsBot: true));
        await _connection.SendDispatchAsync("MESSAGE_CREATE",
            FakeDiscordGatewayPayloads.MessageCreate($"<@{BotId}> 5G?", mentionUserId: BotId, guildId: null, authorId: BotId, authorName: "reportbot", authorIsBot: true));
        // Frames are handled in order, and the bot turns each of the three above away before anything that takes
        // time: once a DM sent after them is answered, a reply to any of them would have been started before it.
        await _connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("pillar 4", guildId: null, channelId: "557"));
        var answered = Assert.Single(await _discord.Rest.WaitForMessagesAsync(1));
        Assert.Equal("557", answered.ChannelId);
    }

    [Fact]
    public async Task A_slash_command_from_the_gateway_is_answered_through_the_callback()
    {
        var interaction = FakeDiscordGatewayPayloads.InteractionCreate("ask", "question", "What is pillar 3 about?", FakeDiscord.ApplicationId);
        await _connection.SendDispatchAsync("INTERACTION_CREATE", interaction);

        var callback = Assert.Single(await _discord.Rest.WaitForRequestsAsync(1, r => r.RawPath.Contains("/callback", StringComparison.Ordinal)));
        Assert.Contains($"/interactions/{interaction["id"]!.GetValue<string>()}/", callback.RawPath);
        Assert.Null(callback.Authorization);
        Assert.Equal(4, callback.Body!.Value.GetProperty("type").GetInt32());
        Assert.Contains("values-based diplomacy", callback.Body.Value.GetRawText());
    }
}
