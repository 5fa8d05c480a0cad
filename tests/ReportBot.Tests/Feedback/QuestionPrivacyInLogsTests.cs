using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Feedback;

/// <summary>What users type stays out of the host's logs unless <c>Logging:IncludeQuestions</c> says otherwise.</summary>
public sealed class QuestionPrivacyInLogsTests
{
    private const string Question = "What does the report say about 5G deployment in Gwangju?";

    private static async Task<CapturingLoggerProvider> AskAsync(bool? includeQuestions)
    {
        var logs = new CapturingLoggerProvider();
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" };
        if (includeQuestions is { } include) settings["Logging:IncludeQuestions"] = include ? "true" : "false";
        await using var host = await TestBotHost.StartAsync(settings, builder => builder.Logging.AddProvider(logs));
        var response = await host.Client.PostAsJsonAsync("/api/chat", new { text = Question });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return logs;
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public async Task By_default_a_question_is_logged_without_its_text(bool? setting)
    {
        var logs = await AskAsync(setting);
        Assert.Contains(logs.Entries, e => e.Message.StartsWith("Question on web:", StringComparison.Ordinal));
        Assert.DoesNotContain("Gwangju", logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_IncludeQuestions_on_the_text_is_logged()
    {
        var logs = await AskAsync(true);
        Assert.Contains(logs.Entries, e => e.Message.StartsWith("Question on web:", StringComparison.Ordinal) && e.Message.Contains("Gwangju", StringComparison.Ordinal));
    }
}
