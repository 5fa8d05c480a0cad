using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>
/// Real payload shapes through the whole host: Teams activities as Microsoft documents them (the Teams test
/// project's samples) and as Agents Playground sends them (tests/e2e/samples), plus the other Bot Framework channels.
/// </summary>
public sealed class TeamsPayloadTests : HostWithConnector
{
    private async Task<ReceivedActivity> SendAsync(string path, Action<JsonObject>? change = null)
    {
        var activity = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        activity["serviceUrl"] = Connector.ServiceUrl; // replies go to the fake connector
        change?.Invoke(activity);
        var response = await Host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(await Connector.WaitForAsync(1));
    }

    private static string TeamsSample(string name) => RepositoryPaths.InRepository("tests", "ReportBot.Teams.Tests", "Samples", name + ".json");

    private static string PlaygroundSample(string name) => RepositoryPaths.InRepository("tests", "e2e", "samples", name + ".json");

    [Fact]
    public async Task A_documented_channel_mention_is_answered_in_its_thread()
    {
        var reply = await SendAsync(TeamsSample("channel-mention"));
        Assert.Equal("19:3f1c2d9e8b7a4c6d@thread.tacv2;messageid=1763630102123", reply.ConversationId);
        Assert.Equal("1763630102123", reply.ReplyToId);
        Assert.Contains("deployment, smart cities", reply.Visible);
    }

    [Fact]
    public async Task A_documented_personal_message_gets_the_pillar()
    {
        Assert.Contains("Pillar 4: Galvanize", (await SendAsync(TeamsSample("personal-message"))).Visible);
    }

    [Fact]
    public async Task A_documented_card_submit_opens_the_pillar()
    {
        Assert.Contains("Pillar 5: Prioritize managing", (await SendAsync(TeamsSample("card-submit"))).Visible);
    }

    [Fact]
    public async Task An_adaptive_card_invoke_is_answered_with_an_invoke_response_and_the_pillar()
    {
        var activity = JsonNode.Parse(File.ReadAllText(TeamsSample("invoke-adaptive-card-action")))!.AsObject();
        activity["serviceUrl"] = Connector.ServiceUrl;
        var response = await Host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("statusCode", await response.Content.ReadAsStringAsync());
        Assert.Contains("Pillar 2: Reinvigorate", Assert.Single(await Connector.WaitForAsync(1)).Visible);
    }

    [Fact]
    public async Task A_playground_channel_mention_is_answered()
    {
        var reply = await SendAsync(PlaygroundSample("message-mention-channel"), a => a["text"] = "<at>Test Bot</at> What is pillar 3 about?");
        Assert.Contains("Coordinate on values-based diplomacy", reply.Visible);
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Other_bot_framework_channels_use_the_same_endpoint(string channel)
    {
        var reply = await SendAsync(TeamsSample("personal-message"), a => a["channelId"] = channel);
        Assert.Contains("Pillar 4: Galvanize", reply.Visible);
    }
}
