using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class CorpusFileSizeLimitCliTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_corpus_file_over_the_default_20_MB_gives_one_clear_error_line_naming_it()
    {
        string corpus = _cli.Combine("corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(ReportBot.Testing.RepositoryPaths.Corpus)) File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        // Sparse: refused by its length on disk, so its content is never written or read.
        using (var big = File.Create(Path.Combine(corpus, "full-report.pdf"))) big.SetLength(20L * 1024 * 1024 + 1);

        var run = await _cli.RunWithCorpusAsync(corpus, "ask", "What does the report say about 5G?");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: The corpus file 'full-report.pdf' is 20,971,521 bytes, more than Corpus:MaxFileBytes (20,971,520 bytes); it was not read. "
            + "Split it into smaller files or raise Corpus:MaxFileBytes.", Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Output);
        CliAssert.NoStackTrace(run);
    }
}
