using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Ingestion;

/// <summary>Corpus files over Corpus:MaxFileBytes are refused by name, before their content is read.</summary>
public sealed class CorpusFileSizeLimitTests : IDisposable
{
    private const int Limit = 64 * 1024;
    private readonly TempFolder _corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
    private readonly TempFolder _data = new();

    public void Dispose()
    {
        _corpus.Dispose();
        _data.Dispose();
    }

    private ReportBuilder Builder => new() { MaxFileBytes = Limit };

    [Fact]
    public void The_default_is_20_MB() => Assert.Equal(20 * 1024 * 1024, new CorpusOptions().MaxFileBytes);

    [Theory]
    [InlineData("big.md")]
    [InlineData("big.txt")]
    [InlineData("big.pdf")]
    [InlineData("synonyms.txt")]
    public void A_file_over_the_limit_is_refused_naming_it_its_size_and_the_key(string name)
    {
        // Sparse: the length on disk is what is checked, so nothing of it needs to be written (or read).
        using (var file = File.Create(_corpus.Combine(name))) file.SetLength(Limit + 1);

        var e = Assert.Throws<CorpusException>(() => Builder.ReadCorpus(_corpus.Path));

        Assert.Equal($"The corpus file '{name}' is 65,537 bytes, more than Corpus:MaxFileBytes (65,536 bytes); it was not read. "
            + "Split it into smaller files or raise Corpus:MaxFileBytes.", e.Message);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read()
    {
        File.WriteAllText(_corpus.Combine("annex.txt"), "Annex\n\n" + new string('x', Limit - 7));
        Assert.Equal(Limit, new FileInfo(_corpus.Combine("annex.txt")).Length);

        var corpus = Builder.ReadCorpus(_corpus.Path);

        Assert.Equal(Limit, corpus.Documents.Single(d => d.Name == "annex.txt").Content.Length);
    }

    [Fact]
    public void A_file_the_reader_does_not_handle_is_not_checked()
    {
        using (var file = File.Create(_corpus.Combine("video.mp4"))) file.SetLength(Limit * 4L);
        Assert.DoesNotContain(Builder.ReadCorpus(_corpus.Path).Documents, d => d.Name == "video.mp4");
    }

    [Fact]
    public void The_default_limit_applies_without_configuration()
    {
        using (var file = File.Create(_corpus.Combine("huge.pdf"))) file.SetLength(CorpusOptions.DefaultMaxFileBytes + 1L);
        var e = Assert.Throws<CorpusException>(() => new ReportBuilder().ReadCorpus(_corpus.Path));
        Assert.Contains("'huge.pdf' is 20,971,521 bytes, more than Corpus:MaxFileBytes (20,971,520 bytes)", e.Message);
    }

    [Fact]
    public void Reading_stops_when_a_file_grows_past_the_limit_while_it_is_read()
    {
        // The length on disk said the file fits; the stream then delivers more than the limit.
        Assert.Null(CorpusFileContent.ReadAtMost(new MemoryStream(new byte[Limit + 1]), Limit, capacity: 10));
        Assert.Equal(Limit, CorpusFileContent.ReadAtMost(new MemoryStream(new byte[Limit]), Limit, capacity: 10)!.Length);
        Assert.Equal(5, CorpusFileContent.ReadAtMost(new MemoryStream(new byte[5]), Limit, capacity: 100)!.Length);
    }

    [Fact]
    public void A_library_in_service_keeps_its_index_when_a_file_over_the_limit_appears()
    {
        using var library = new ReportLibrary(_corpus.Path, _data.Path, Builder);
        var serving = library.Current;
        File.WriteAllText(_corpus.Combine("annex.md"), "# Annex\n\n" + string.Concat(Enumerable.Repeat("The quokka sanctuary is funded. ", 3000)));

        var e = Assert.Throws<CorpusException>(() => library.Reload());

        Assert.Contains("'annex.md'", e.Message);
        Assert.Same(serving, library.Current);
    }
}
