using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;
using ReportBot.Core.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Search;

public sealed class IndexStoreTests : IDisposable
{
    private readonly TempFolder _corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
    private readonly TempFolder _data = new();

    private ReportLibrary NewLibrary() => new(_corpus.Path, _data.Path, new ReportBuilder());

    private string Marker(ReportIndex index) => Path.Combine(index.Location, "complete");

    [Fact]
    public void An_unchanged_corpus_reuses_its_index_without_rebuilding()
    {
        string location, built;
        using (var first = NewLibrary())
        {
            location = first.Current.Location;
            built = File.ReadAllText(Marker(first.Current));
        }
        using var second = NewLibrary();
        Assert.Equal(location, second.Current.Location);
        Assert.Equal(built, File.ReadAllText(Marker(second.Current)));
        Assert.Same(second.Current, second.Reload());
    }

    [Fact]
    public void A_changed_corpus_is_rebuilt_into_a_new_folder_and_the_old_one_removed()
    {
        using var library = NewLibrary();
        var before = library.Current;
        File.AppendAllText(_corpus.Combine("synonyms.txt"), "\nkimchi, fermented cabbage\n");

        var after = library.Reload();

        Assert.NotSame(before, after);
        Assert.NotEqual(before.Report.ContentHash, after.Report.ContentHash);
        Assert.False(Directory.Exists(before.Location));
        Assert.Single(Directory.GetDirectories(Path.Combine(_data.Path, "index")));
    }

    [Fact]
    public async Task Queries_keep_working_while_the_index_is_swapped_and_the_old_one_disposed_at_once()
    {
        // No grace period: queries that picked up the old index must cope with it being disposed under them.
        using var library = new ReportLibrary(_corpus.Path, _data.Path, new ReportBuilder(), retireAfter: TimeSpan.Zero);
        var engine = new AnswerEngine(library, Microsoft.Extensions.Options.Options.Create(new AnswerOptions()));
        using var stop = new CancellationTokenSource();
        var failures = new List<Exception>();
        var askers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { Assert.True(engine.Ask("North Korea nuclear arsenal").Answered); }
                catch (Exception e) { lock (failures) failures.Add(e); }
            }
        })).ToArray();

        for (int i = 0; i < 10; i++)
        {
            File.AppendAllText(_corpus.Combine("synonyms.txt"), $"\nword{i}, other{i}\n");
            library.Reload();
        }
        stop.Cancel();
        await Task.WhenAll(askers);
        Assert.True(failures.Count == 0, $"{failures.Count} failed queries; first: {failures.FirstOrDefault()}");
    }

    [Fact]
    public void A_damaged_index_folder_is_rebuilt()
    {
        string location;
        using (var first = NewLibrary()) location = first.Current.Location;
        File.WriteAllText(Path.Combine(location, "report.json"), "{ not json");

        using var second = NewLibrary();
        Assert.True(second.Current.Report.Passages.Count > 20);
    }

    [Fact]
    public void A_broken_synonyms_file_is_a_clear_corpus_error()
    {
        File.WriteAllText(_corpus.Combine("synonyms.txt"), "a => b => c\n");
        using var library = NewLibrary();
        var e = Assert.Throws<CorpusException>(() => library.Current);
        Assert.Contains("synonyms.txt", e.Message);
        Assert.Contains("line 1", e.Message);
    }

    [Fact]
    public void An_empty_or_missing_corpus_is_a_clear_corpus_error()
    {
        using var empty = new TempFolder();
        using var library = new ReportLibrary(empty.Path, _data.Path, new ReportBuilder());
        Assert.Contains("has no report file", Assert.Throws<CorpusException>(() => library.Current).Message);
        using var missing = new ReportLibrary(empty.Combine("nope"), _data.Path, new ReportBuilder());
        Assert.Contains("does not exist", Assert.Throws<CorpusException>(() => missing.Current).Message);
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _data.Dispose();
    }
}
