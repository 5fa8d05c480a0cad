using System.Text.RegularExpressions;
using ReportBot.Discord.Rest;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Rest;

public sealed class DiscordRestClientHeaderTests
{
    [Fact]
    public async Task Bot_routes_carry_the_bot_token_the_user_agent_and_a_json_content_type()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.GetGatewayBotAsync(CancellationToken.None);
        await harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None);
        await harness.Client.BulkOverwriteCommandsAsync(RestHarness.ApplicationId, "7", RestSamples.Commands(), CancellationToken.None);

        var requests = harness.State.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("Bot " + RestHarness.BotToken, r.Authorization);
            Assert.Equal(DiscordRestClient.UserAgent, r.UserAgent);
            Assert.Matches(new Regex(@"^DiscordBot \(https?://[^,\s]+, [^)\s]+\)"), r.UserAgent);
            Assert.True(r.Status is 200, $"{r.Path} answered {r.Status}");
        });
        Assert.All(requests.Where(r => r.Body is not null), r => Assert.StartsWith("application/json", r.ContentType));
    }

    [Fact]
    public async Task Interaction_callback_and_webhook_routes_carry_no_bot_token()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateInteractionResponseAsync("123", "interaction-token-SECRET", RestSamples.Reply(), CancellationToken.None);
        await harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, "interaction-token-SECRET", RestSamples.Message(), CancellationToken.None);

        var requests = harness.State.Requests;
        Assert.Equal([204, 200], requests.Select(r => r.Status));
        Assert.All(requests, r =>
        {
            Assert.Null(r.Authorization);
            Assert.Equal(DiscordRestClient.UserAgent, r.UserAgent);
            Assert.StartsWith("application/json", r.ContentType);
        });
    }

    [Fact]
    public async Task Neither_the_bot_token_nor_interaction_tokens_appear_in_logs_or_errors()
    {
        const string interactionToken = "interaction-token-SECRET";
        await using var harness = await RestHarness.StartAsync();
        harness.State.Script(FakeDiscordRestRoute.EditOriginalResponse, FakeDiscordRestReply.RateLimited(TimeSpan.FromMilliseconds(50)));
        harness.State.Script(FakeDiscordRestRoute.EditOriginalResponse, FakeDiscordRestReply.ServerError());
        harness.State.Script(FakeDiscordRestRoute.EditOriginalResponse, FakeDiscordRestReply.NotFound(10015, "Unknown Webhook"));
        harness.State.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.Forbidden());

        var webhook = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, interactionToken, RestSamples.Message(), CancellationToken.None));
        var channel = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateMessageAsync("1", RestSamples.Message(), CancellationToken.None));

        Assert.Equal(10015, webhook.Code);
        Assert.Equal(50001, channel.Code);
        Assert.NotEmpty(harness.Logs);
        foreach (string text in harness.Logs.Append(webhook.ToString()).Append(channel.ToString()))
        {
            Assert.DoesNotContain(RestHarness.BotToken, text);
            Assert.DoesNotContain(interactionToken, text);
        }
    }
}
