using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.State;

/// <summary>
/// The real executable meets a state file that is not a valid ReportBot database: it stops with exit code 2 and one
/// clear message naming the file and what to do, and leaves the file exactly as it found it (never recreates it).
/// </summary>
public sealed class StateFileStartupTests
{
    // Long enough for a cold start on a busy machine; a bot that does not refuse the file runs until this deadline.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static TheoryData<string> Kinds => new() { "damaged", "zero-length", "truncated", "not-sqlite" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Serve_refuses_the_file_with_exit_code_2_and_leaves_it_as_it_was(string kind)
    {
        using var data = new TempFolder();
        string path = StateFiles.Make(kind, data.Path);
        string before = StateFiles.Fingerprint(path);

        var run = await BotExecutable.ServeAsync(RepositoryPaths.Corpus, data.Path, Deadline);

        StateFiles.AssertRefused(run, path, StateFiles.Refused[kind]);
        Assert.Equal(before, StateFiles.Fingerprint(path));
    }

    [Fact]
    public async Task Stats_refuses_a_damaged_file_the_same_way()
    {
        using var data = new TempFolder();
        string path = StateFiles.DamagedPage(data.Path);

        var run = await BotExecutable.RunAsync(data.Path, Deadline, "stats", "--corpus", RepositoryPaths.Corpus, "--data", data.Path);

        StateFiles.AssertRefused(run, path, StateFiles.Refused["damaged"]);
    }
}
