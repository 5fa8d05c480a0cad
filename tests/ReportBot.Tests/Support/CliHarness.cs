using ReportBot.Cli;
using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>What one in-process CLI run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Lines(Output);

    public string[] ErrorLines => Lines(Error);

    /// <summary>Standard output and standard error together, for messages whose stream is not part of the contract.</summary>
    public string AllText => Output + Error;

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>
/// Runs <see cref="ReportBotCli.RunAsync"/> in-process against string buffers, always against the repository's
/// corpus and a fresh temp data folder (deleted on dispose), so nothing is ever written into the repository.
/// </summary>
public sealed class CliHarness : IDisposable
{
    private readonly TempFolder _data = new();

    public string DataPath => _data.Path;

    public string Combine(params string[] parts) => _data.Combine(parts);

    /// <summary>Runs with <c>--corpus &lt;repo&gt;/corpus --data &lt;temp&gt;</c> appended and empty standard input.</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync("", args);

    /// <summary>Runs with <c>--corpus &lt;repo&gt;/corpus --data &lt;temp&gt;</c> appended and <paramref name="input"/> as standard input.</summary>
    public Task<CliRun> RunWithInputAsync(string input, params string[] args) =>
        RunExactAsync(input, [.. args, "--corpus", RepositoryPaths.Corpus, "--data", _data.Path]);

    /// <summary>Runs with <c>--data &lt;temp&gt;</c> appended only: the caller chooses the corpus.</summary>
    public Task<CliRun> RunWithCorpusAsync(string corpus, params string[] args) =>
        RunExactAsync("", [.. args, "--corpus", corpus, "--data", _data.Path]);

    /// <summary>Runs exactly <paramref name="args"/>.</summary>
    public static async Task<CliRun> RunExactAsync(string input, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await ReportBotCli.RunAsync(args, new CliIO(new StringReader(input), output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public void Dispose() => _data.Dispose();
}

/// <summary>
/// The CLI tests run one at a time: <see cref="GlobalOptions"/> holds static <c>Option</c> instances that every
/// <see cref="ReportBotCli.Create"/> call adds to a new root command, and System.CommandLine's symbol tree is not
/// meant to be mutated from several threads at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CliCollection
{
    public const string Name = "ReportBot CLI";
}

public static class CliAssert
{
    /// <summary>No exception type names or stack frames leaked to the user.</summary>
    public static void NoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("Exception", run.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.AllText, StringComparison.Ordinal);
    }
}
