using ReportBot.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class CorpusAndDataErrorTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string[]> Verbs => new()
    {
        new[] { "ask", "What does the report say about 5G?" },
        new[] { "ask", "What does the report say about 5G?", "--json" },
        new[] { "pillar", "4" },
        new[] { "pillars" },
        new[] { "index" },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Missing_corpus_folder_gives_one_clear_error_line_and_exit_code_1(string[] args)
    {
        Assert.False(Directory.Exists("/nonexistent"), "precondition");

        var run = await _cli.RunWithCorpusAsync("/nonexistent", args);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", error);
        Assert.Contains("/nonexistent", error);
        Assert.Contains("does not exist", error);
        Assert.Equal("", run.Output);
        CliAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task Missing_corpus_folder_is_reported_by_eval_too()
    {
        string file = _cli.Combine("q.tsv");
        File.WriteAllText(file, "in\tWhat does the report say about 5G?\t5G deployment\n");

        var run = await _cli.RunWithCorpusAsync("/nonexistent", "eval", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent", Assert.Single(run.ErrorLines));
        CliAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task Corpus_folder_without_a_report_file_gives_one_clear_error_line()
    {
        string empty = _cli.Combine("empty-corpus");
        Directory.CreateDirectory(empty);

        var run = await _cli.RunWithCorpusAsync(empty, "ask", "What does the report say about 5G?");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.Contains("has no report file", error);
        CliAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task Data_folder_that_is_a_file_gives_one_clear_error_line()
    {
        string file = _cli.Combine("not-a-folder");
        File.WriteAllText(file, "");

        var run = await CliHarness.RunExactAsync("",
            ["ask", "What does the report say about 5G?", "--corpus", RepositoryPaths.Corpus, "--data", file]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(run.ErrorLines));
        CliAssert.NoStackTrace(run);
    }

    // Regression: a data folder the user may not write to makes IndexStore throw UnauthorizedAccessException,
    // which is not an IOException; it once escaped as an unhandled exception with a stack trace.
    [Fact]
    public async Task Data_folder_that_cannot_be_written_gives_one_clear_error_line()
    {
        string data = UnwritableFolder();

        var run = await CliHarness.RunExactAsync("",
            ["ask", "What does the report say about 5G?", "--corpus", RepositoryPaths.Corpus, "--data", data]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(run.ErrorLines));
        CliAssert.NoStackTrace(run);
    }

    /// <summary>
    /// A folder path whose creation is refused with "permission denied": a child of a read-only temp folder, or, when
    /// the tests run as root (which ignores permissions), a path under Linux's /sys, where even root may not mkdir.
    /// </summary>
    private string UnwritableFolder()
    {
        string readOnly = _cli.Combine("read-only");
        Directory.CreateDirectory(readOnly);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            string probe = Path.Combine(readOnly, "probe");
            try
            {
                Directory.CreateDirectory(probe);
                Directory.Delete(probe);
            }
            catch (UnauthorizedAccessException)
            {
                // Stays read-only (and empty) until the temp folder is deleted.
                return Path.Combine(readOnly, "data");
            }
            if (OperatingSystem.IsLinux()) return "/sys/reportbot-tests-" + Guid.NewGuid().ToString("N");
        }
        Assert.Fail("no folder this test can make unwritable here");
        return "";
    }
}
