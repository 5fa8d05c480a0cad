using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class EvalCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private string WriteFile(string name, string content)
    {
        string path = _cli.Combine(name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Eval_prints_hit_at_1_hit_at_3_mrr_at_5_and_rejection()
    {
        string file = WriteFile("small.tsv",
            "# kind\tquestion\texpected\n" +
            "in\tWhat does the report say about 5G?\t5G deployment\n" +
            "in\tWhat is pillar 3 about?\tCoordinate on values-based diplomacy\n" +
            "oos\tHow tall is Mount Everest?\n");

        var run = await _cli.RunAsync("eval", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("questions: 2 in scope, 1 out of scope", run.Output);
        Assert.Matches(@"(?m)^hit@1 \d\.\d{3}\s+hit@3 \d\.\d{3}\s+MRR@5 \d\.\d{3}\s*$", run.Output);
        Assert.Matches(@"(?m)^out-of-scope rejection \d\.\d{3}\s+false abstention \d\.\d{3}\s*$", run.Output);
        // These three are easy: every metric is perfect and nothing is listed as a miss.
        Assert.Contains("hit@1 1.000  hit@3 1.000  MRR@5 1.000", run.Output);
        Assert.Contains("out-of-scope rejection 1.000", run.Output);
        Assert.DoesNotContain("misses", run.Output);
    }

    [Fact]
    public async Task Eval_lists_each_miss_with_its_line_number()
    {
        string file = WriteFile("miss.tsv",
            "in\tWhat does the report say about 5G?\t5G deployment\n" +
            "in\tWhat does the report say about 5G?\ta phrase the report never uses\n");

        var run = await _cli.RunAsync("eval", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("hit@1 0.500", run.Output);
        Assert.Contains("misses (1):", run.Output);
        Assert.Matches(@"(?m)^\s+line 2: What does the report say about 5G\?", run.Output);
    }

    [Theory]
    [InlineData("maybe\tWhat about 5G?\t5G deployment\n", "line 1", "kind must be 'in' or 'oos'")]
    [InlineData("just one field\n", "line 1", "expected 'kind<TAB>question<TAB>expected'")]
    [InlineData("# comment\n\nin\tWhat about 5G?\n", "line 3", "needs at least one expected substring")]
    public async Task Eval_on_a_malformed_file_exits_non_zero_with_the_file_line_and_problem(string content, string line, string problem)
    {
        string file = WriteFile("bad.tsv", content);

        var run = await _cli.RunAsync("eval", file);

        Assert.NotEqual(0, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: bad.tsv: ", error);
        Assert.Contains(line, error);
        Assert.Contains(problem, error);
        Assert.Equal("", run.Output);
        CliAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task Eval_on_a_missing_file_exits_non_zero_and_names_it()
    {
        string missing = _cli.Combine("no-such-questions.tsv");

        var run = await _cli.RunAsync("eval", missing);

        Assert.NotEqual(0, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Equal($"error: no such file: {missing}", error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Eval_without_a_file_is_a_usage_error()
    {
        var run = await _cli.RunAsync("eval");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Required argument missing", run.Error);
    }
}
