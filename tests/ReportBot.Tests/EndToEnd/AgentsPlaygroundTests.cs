using ReportBot.Tests.Support;

namespace ReportBot.Tests.EndToEnd;

/// <summary>
/// The bot as Teams users see it: Microsoft 365 Agents Playground (the standard local Teams client) talks to the
/// real host, driven through its web UI in headless Chromium. The bot runs in local mode, as the Playground sends
/// no token offline, and replies through the Playground's own connector.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AgentsPlaygroundTests
{
    private const string Question = "What does the report recommend on 5G?";

    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    public async Task A_question_comes_back_with_an_excerpt_and_a_pillar_reference(string mode)
    {
        await using var host = await TestBotHost.StartAsync();

        var result = await NodeScript.RunAsync("playground-e2e.mjs", TimeSpan.FromSeconds(150),
            "--bot", new Uri(host.Address, "api/messages").ToString(), "--question", Question, "--mode", mode, "--timeout", "120000");

        Assert.True(result.GetProperty("ok").GetBoolean(), result.GetRawText());
        string reply = result.GetProperty("reply").GetString()!;
        Assert.Contains("5G deployment", reply);
        Assert.Contains("Executive Summary", reply);
        Assert.Contains("Pillar 1: Advance cooperation", reply);
    }
}
