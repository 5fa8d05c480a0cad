using System.Text.Json;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class AskTopOptionTests : IDisposable
{
    // Gives several results by default, so limiting them is observable.
    private const string BroadQuestion = "What does the report say about North Korea?";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static int ResultCount(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("results").GetArrayLength();
    }

    [Fact]
    public async Task Top_1_limits_the_answer_to_one_result()
    {
        var unlimited = await _cli.RunAsync("ask", BroadQuestion, "--json");
        var limited = await _cli.RunAsync("ask", BroadQuestion, "--json", "--top", "1");

        Assert.True(ResultCount(unlimited) > 1, "precondition: the question has several results by default\n" + unlimited);
        Assert.True(limited.ExitCode == 0, limited.ToString());
        Assert.Equal(1, ResultCount(limited));
    }

    [Fact]
    public async Task Top_10_is_accepted()
    {
        var run = await _cli.RunAsync("ask", BroadQuestion, "--json", "--top", "10");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.InRange(ResultCount(run), 1, 10);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-1")]
    public async Task Top_outside_1_to_10_is_rejected_with_an_error_naming_top(string top)
    {
        var run = await _cli.RunAsync("ask", BroadQuestion, "--json", "--top", top);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--top", run.Error);
        Assert.DoesNotContain("\"answered\"", run.Output);
    }

    // Regression: the --top range validator once converted the value itself, which threw inside Parse() for
    // non-integers and crashed the program with a stack trace instead of reporting a parse error.
    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public async Task Top_that_is_not_an_integer_is_rejected_with_an_error_naming_top(string top)
    {
        var run = await _cli.RunAsync("ask", BroadQuestion, "--json", "--top", top);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--top", run.Error);
        CliAssert.NoStackTrace(run);
    }
}
