using System.Text.Json;
using ReportBot.Discord.Schema;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Rest;

public sealed class DiscordRestClientRouteTests
{
    [Fact]
    public async Task Get_gateway_bot_returns_the_url_discord_gives()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.State.GatewayUrl = "ws://127.0.0.1:1/gateway";

        var info = await harness.Client.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal("ws://127.0.0.1:1/gateway", info.Url);
        Assert.Equal(1, info.SessionStartLimit!.MaxConcurrency);
        var request = Assert.Single(harness.State.Requests);
        Assert.Equal(("GET", "/gateway/bot", FakeDiscordRestRoute.GatewayBot), (request.Method, request.RawPath, request.Route));
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task Create_message_posts_the_body_to_the_escaped_channel()
    {
        await using var harness = await RestHarness.StartAsync();
        var message = new MessageParams
        {
            Content = "hi <@1>",
            Nonce = "n-1",
            EnforceNonce = true,
            MessageReference = new MessageReference { MessageId = "55", FailIfNotExists = false },
        };

        var created = await harness.Client.CreateMessageAsync("12/34 5", message, CancellationToken.None);

        var request = Assert.Single(harness.State.Requests);
        Assert.Equal(("POST", "/channels/12%2F34%205/messages"), (request.Method, request.RawPath));
        var body = request.Body!.Value;
        Assert.Equal("hi <@1>", body.GetProperty("content").GetString());
        Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("n-1", body.GetProperty("nonce").GetString());
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal("55", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(body.TryGetProperty("embeds", out _), "nulls are left out");
        Assert.Equal(harness.State.Messages.Single().Id, created.Id);
        Assert.Equal("12/34 5", created.ChannelId);
        Assert.Equal("hi <@1>", created.Content);
    }

    [Fact]
    public async Task Interaction_callback_posts_the_response_to_the_escaped_id_and_token()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateInteractionResponseAsync("123", "tok/en.x y", RestSamples.Reply("the answer"), CancellationToken.None);

        var request = Assert.Single(harness.State.Requests);
        Assert.Equal(("POST", "/interactions/123/tok%2Fen.x%20y/callback"), (request.Method, request.RawPath));
        var callback = Assert.Single(harness.State.InteractionCallbacks);
        Assert.Equal(("123", "tok/en.x y", 4, "the answer"), (callback.Id, callback.Token, callback.Type, callback.Content));
    }

    [Fact]
    public async Task Edit_original_patches_the_webhook_message()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, "tok/1", RestSamples.Message("edited"), CancellationToken.None);

        var request = Assert.Single(harness.State.Requests);
        Assert.Equal(("PATCH", $"/webhooks/{RestHarness.ApplicationId}/tok%2F1/messages/@original"), (request.Method, request.RawPath));
        Assert.Equal("edited", request.Body!.Value.GetProperty("content").GetString());
        Assert.Equal(200, request.Status);
        Assert.Equal(("tok/1", "edited"), (harness.State.OriginalEdits.Single().Token, harness.State.OriginalEdits.Single().Content));
    }

    [Theory]
    [InlineData(null, "/applications/900000000000000001/commands", FakeDiscordRestRoute.BulkOverwriteGlobalCommands)]
    [InlineData("77 7", "/applications/900000000000000001/guilds/77%207/commands", FakeDiscordRestRoute.BulkOverwriteGuildCommands)]
    public async Task Bulk_overwrite_puts_the_whole_set_globally_or_in_a_guild(string? guildId, string path, FakeDiscordRestRoute route)
    {
        await using var harness = await RestHarness.StartAsync();

        var echoed = await harness.Client.BulkOverwriteCommandsAsync(RestHarness.ApplicationId, guildId, RestSamples.Commands(), CancellationToken.None);

        var request = Assert.Single(harness.State.Requests);
        Assert.Equal(("PUT", path, route), (request.Method, request.RawPath, request.Route));
        var sent = request.Body!.Value;
        Assert.Equal(JsonValueKind.Array, sent.ValueKind);
        Assert.Equal(["ask", "help"], sent.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("question", sent[0].GetProperty("options")[0].GetProperty("name").GetString());
        Assert.Equal(["ask", "help"], echoed.Select(c => c.Name));
        Assert.All(echoed, c => Assert.False(string.IsNullOrEmpty(c.Id)));
        Assert.Equal(2, harness.State.Commands(guildId)!.Value.GetArrayLength());
        Assert.Null(harness.State.Commands(guildId is null ? "other" : null));
    }

    [Fact]
    public async Task Empty_ids_are_refused_before_anything_is_sent()
    {
        await using var harness = await RestHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.CreateMessageAsync("", RestSamples.Message(), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.CreateInteractionResponseAsync("1", " ", RestSamples.Reply(), CancellationToken.None));

        Assert.Empty(harness.State.Requests);
    }
}
