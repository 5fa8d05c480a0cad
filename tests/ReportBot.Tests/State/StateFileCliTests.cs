using ReportBot.Tests.Support;

namespace ReportBot.Tests.State;

/// <summary>Every verb that opens the state file refuses one that is not a valid ReportBot database, and leaves it be.</summary>
[Collection(CliCollection.Name)]
public sealed class StateFileCliTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _cli.Dispose();
    }

    public static TheoryData<string> Kinds => new(StateFiles.Refused.Keys);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Stats_refuses_the_file_with_exit_code_2_and_one_clear_message(string kind)
    {
        string path = StateFiles.Make(kind, _cli.DataPath);
        string before = StateFiles.Fingerprint(path);

        var run = await _cli.RunAsync("stats");

        StateFiles.AssertRefused(run, path, StateFiles.Refused[kind]);
        Assert.Equal(before, StateFiles.Fingerprint(path));
    }

    [Theory]
    [InlineData("damaged")]
    [InlineData("zero-length")]
    [InlineData("another-programs")]
    public async Task Digest_preview_refuses_the_file_too(string kind)
    {
        string path = StateFiles.Make(kind, _cli.DataPath);

        var run = await _cli.RunAsync("digest", "preview");

        StateFiles.AssertRefused(run, path, StateFiles.Refused[kind]);
    }

    [Fact]
    public async Task The_message_says_what_quick_check_found_and_never_prints_the_files_contents()
    {
        StateFiles.DamagedPage(_cli.DataPath);

        var run = await _cli.RunAsync("stats");

        Assert.Contains("quick_check", run.Error);
        Assert.Contains("backup", run.Error);
        Assert.DoesNotContain("topic number", run.AllText);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task A_folder_where_the_state_file_should_be_is_refused()
    {
        string path = StateFiles.PathIn(_cli.DataPath);
        Directory.CreateDirectory(path);

        var run = await _cli.RunAsync("stats");

        StateFiles.AssertRefused(run, path, "is a folder, not a file");
    }
}
