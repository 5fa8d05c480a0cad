using System.Text.RegularExpressions;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class HelpTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("ask", "Ask the report a question", "ask [<question>] [options]")]
    [InlineData("pillar", "Show one pillar", "pillar <number> [options]")]
    [InlineData("pillars", "List the report's pillars", "pillars [options]")]
    [InlineData("index", "Rebuild the search index", "index [options]")]
    [InlineData("eval", "Measure answer quality", "eval <files>... [options]")]
    public async Task Verb_help_exits_0_and_describes_the_verb(string verb, string description, string usage)
    {
        var run = await _cli.RunAsync(verb, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(description, run.Output);
        // The root command is named after the running executable: ReportBot normally, the test host here.
        Assert.Matches(@"Usage:\s+\S+ " + Regex.Escape(usage), run.Output);
        Assert.Contains("--corpus", run.Output);
        Assert.Contains("--data", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Verb_help_for_ask_documents_top_and_json()
    {
        var run = await _cli.RunAsync("ask", "--help");

        Assert.Contains("--top", run.Output);
        Assert.Contains("1–10", run.Output);
        Assert.Contains("--json", run.Output);
    }

    [Fact]
    public async Task Root_help_exits_0_describes_the_bot_and_lists_every_verb()
    {
        var run = await _cli.RunAsync("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("answers questions about a policy report", run.Output);
        foreach (var verb in new[] { "ask", "pillar", "pillars", "index", "eval" })
            Assert.Matches($@"(?m)^\s+{verb}\b", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Help_does_not_touch_the_corpus()
    {
        var run = await _cli.RunWithCorpusAsync(_cli.Combine("no-corpus-here"), "ask", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(Path.Combine(_cli.DataPath, "index")));
    }
}
