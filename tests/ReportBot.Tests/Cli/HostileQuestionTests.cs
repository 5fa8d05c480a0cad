using System.Text;
using System.Text.Json;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class HostileQuestionTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string TenThousandCharacters()
    {
        var sb = new StringBuilder();
        while (sb.Length < 10_000) sb.Append("What does the report say about 5G and trade? ");
        return sb.ToString(0, 10_000).TrimEnd() + "x";
    }

    /// <summary>Hostile questions by name (keeps the 10,000-character one out of test names).</summary>
    private static string Question(string name) => name switch
    {
        "query syntax" => "title:(foo AND",
        "wildcard" => "*",
        "10,000 characters" => TenThousandCharacters(),
        "emoji only" => "😀🎉🔥🚀",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("query syntax", "doesn't seem to cover")]
    [InlineData("wildcard", "couldn't find any words")]
    [InlineData("10,000 characters", "characters long")]
    [InlineData("emoji only", "couldn't find any words")]
    public async Task Hostile_question_exits_0_with_a_sensible_message_and_no_stack_trace(string name, string message)
    {
        var run = await _cli.RunAsync("ask", Question(name));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(message, run.Output);
        Assert.Equal("", run.Error);
        CliAssert.NoStackTrace(run);
    }

    [Theory]
    [InlineData("query syntax", "NotCovered")]
    [InlineData("wildcard", "NotUnderstood")]
    [InlineData("10,000 characters", "TooLong")]
    [InlineData("emoji only", "NotUnderstood")]
    public async Task Hostile_question_with_json_is_one_unanswered_object_with_a_message(string name, string status)
    {
        string question = Question(name);
        var run = await _cli.RunAsync("ask", question, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        var root = json.RootElement;
        Assert.Equal(question, root.GetProperty("question").GetString());
        Assert.False(root.GetProperty("answered").GetBoolean());
        Assert.Equal(status, root.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("message").GetString()));
        Assert.Equal(0, root.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Long_question_is_refused_with_its_length_and_the_limit()
    {
        var run = await _cli.RunAsync("ask", TenThousandCharacters());

        // Answers:MaxQuestionLength is 500 in the repository's appsettings.json.
        Assert.Matches(@"10[,.\u00A0\u202F ]?000 characters long; please keep it under 500", run.Output);
    }
}
