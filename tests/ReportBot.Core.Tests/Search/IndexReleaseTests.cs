using System.Runtime.CompilerServices;
using ReportBot.Core.Answers;
using ReportBot.Core.Ingestion;
using ReportBot.Core.Options;
using ReportBot.Core.Search;
using Microsoft.Extensions.Time.Testing;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Search;

/// <summary>After a reload, nothing keeps the replaced index (its Lucene reader, its directory in memory, its passages) alive.</summary>
public sealed class IndexReleaseTests : IDisposable
{
    private readonly TempFolder _corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
    private readonly TempFolder _data = new();

    public void Dispose()
    {
        _corpus.Dispose();
        _data.Dispose();
    }

    [Fact]
    public void A_retired_index_can_be_collected_after_queries_ran_on_it()
    {
        using var library = new ReportLibrary(_corpus.Path, _data.Path, new ReportBuilder(), retireAfter: TimeSpan.Zero);
        var replaced = new List<WeakReference>();
        for (int i = 0; i < 3; i++) replaced.Add(UseThenReplace(library, i));

        for (int attempt = 0; attempt < 3 && replaced.Any(r => r.IsAlive); attempt++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        Assert.All(replaced, r => Assert.False(r.IsAlive, "a replaced index is still reachable"));
        Assert.Equal(AnswerStatus.Answered, Ask(library, "What does the report recommend on 5G?"));
    }

    [Fact]
    public void A_retired_index_is_disposed_with_the_directory_it_was_searched_from()
    {
        using var library = new ReportLibrary(_corpus.Path, _data.Path, new ReportBuilder(), retireAfter: TimeSpan.Zero);
        var old = library.Current;
        File.AppendAllText(_corpus.Combine("synonyms.txt"), "\nkimchi, fermented cabbage\n");

        library.Reload();

        Assert.True(old.IsDisposed);
        // The in-memory copy of the index files is closed, so its buffers go even if the old index is still referenced.
        Assert.Throws<ObjectDisposedException>(() => old.Files.ListAll());
        Assert.False(library.Current.IsDisposed);
        Assert.NotEmpty(library.Current.Files.ListAll());
    }

    [Fact]
    public void A_replaced_index_serves_through_its_grace_period_and_is_disposed_when_it_ends()
    {
        var time = new FakeTimeProvider();
        using var library = new ReportLibrary(_corpus.Path, _data.Path, new ReportBuilder(), retireAfter: TimeSpan.FromSeconds(30), time: time);
        var old = library.Current;
        File.AppendAllText(_corpus.Combine("synonyms.txt"), "\nkimchi, fermented cabbage\n");
        library.Reload();

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(old.IsDisposed);
        Assert.NotEmpty(old.Files.ListAll());

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(old.IsDisposed);
        Assert.False(library.Current.IsDisposed);
    }

    [Fact]
    public void Disposing_the_library_disposes_indexes_still_in_their_grace_period()
    {
        var time = new FakeTimeProvider();
        var library = new ReportLibrary(_corpus.Path, _data.Path, new ReportBuilder(), retireAfter: TimeSpan.FromMinutes(5), time: time);
        var old = library.Current;
        File.AppendAllText(_corpus.Combine("synonyms.txt"), "\nkimchi, fermented cabbage\n");
        var current = library.Reload();

        library.Dispose();

        Assert.True(old.IsDisposed);
        Assert.True(current.IsDisposed);
    }

    // Not inlined, so that no local of the test method keeps the index alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference UseThenReplace(ReportLibrary library, int round)
    {
        var index = library.Current;
        Ask(library, "What does the report recommend on 5G?");
        Ask(library, "pillar 2 alliance cooperation");
        File.AppendAllText(_corpus.Combine("synonyms.txt"), $"\nroundword{round}, another{round}\n");
        Assert.NotSame(index, library.Reload());
        return new WeakReference(index);
    }

    private static AnswerStatus Ask(ReportLibrary library, string question) =>
        new AnswerEngine(library, Microsoft.Extensions.Options.Options.Create(new AnswerOptions())).Ask(question).Status;
}
