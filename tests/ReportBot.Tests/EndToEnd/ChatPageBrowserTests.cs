using ReportBot.Tests.Support;

namespace ReportBot.Tests.EndToEnd;

/// <summary>The chat page served by the host, driven in headless Chromium.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ChatPageBrowserTests
{
    [Fact]
    public async Task A_question_shows_excerpts_with_pillar_chips_and_pillar_9_shows_the_range()
    {
        await using var host = await TestBotHost.StartAsync();

        var result = await NodeScript.RunAsync("chat-page-e2e.mjs", TimeSpan.FromSeconds(90),
            "--url", host.Address.ToString(), "--question", "What does the report recommend on 5G?");

        Assert.True(result.GetProperty("ok").GetBoolean(), result.GetRawText());
        Assert.Contains("pillar <number>", result.GetProperty("help").GetString());
        var answer = result.GetProperty("answer");
        Assert.Equal("Answer", answer.GetProperty("kind").GetString());
        var excerpt = answer.GetProperty("excerpts")[0];
        Assert.Contains("5G deployment", excerpt.GetProperty("text").GetString());
        Assert.Equal("5G", excerpt.GetProperty("bold")[0].GetString());
        Assert.Contains("Executive Summary", excerpt.GetProperty("citation").GetString());
        Assert.StartsWith("Pillar 1:", excerpt.GetProperty("chips")[0].GetString());
        var problem = result.GetProperty("problem");
        Assert.Equal("Problem", problem.GetProperty("kind").GetString());
        Assert.Contains("from 1 to 6", problem.GetProperty("text").GetString());
    }
}
