using ReportBot.Core.Ingestion;
using ReportBot.Core.Search;
using ReportBot.Core.Semantic;
using ReportBot.Testing;

namespace ReportBot.Core.Tests.Search;

public sealed class PassageVectorsTests
{
    /// <summary>Counts what it embeds, so a test can see whether passages were embedded again.</summary>
    private sealed class CountingEmbedder(string modelId = "test-model") : ITextEmbedder
    {
        public int Calls;
        public string ModelId => modelId;
        public int Dimensions => SharedSemanticModel.Embedder.Dimensions;
        public float[] Embed(string text)
        {
            Interlocked.Increment(ref Calls);
            return SharedSemanticModel.Embedder.Embed(text);
        }
    }

    private static int Open(string data, ITextEmbedder model)
    {
        using var library = new ReportLibrary(RepositoryPaths.Corpus, data, new ReportBuilder(), embedder: model);
        return library.Current.Report.Passages.Count;
    }

    [Fact]
    public void A_start_with_an_unchanged_corpus_reads_the_stored_vectors_instead_of_embedding_again()
    {
        using var data = new TempFolder();
        var first = new CountingEmbedder();
        int passages = Open(data.Path, first);
        Assert.Equal(passages, first.Calls);

        var second = new CountingEmbedder();
        Open(data.Path, second);
        Assert.Equal(0, second.Calls);
    }

    [Fact]
    public void Vectors_of_another_model_or_a_damaged_file_are_never_used()
    {
        using var data = new TempFolder();
        int passages = Open(data.Path, new CountingEmbedder("model-a"));

        var other = new CountingEmbedder("model-b");
        Open(data.Path, other);
        Assert.Equal(passages, other.Calls);

        foreach (var file in Directory.EnumerateFiles(data.Path, "vectors.model-b.bin", SearchOption.AllDirectories))
            File.WriteAllBytes(file, [1, 2, 3]);
        var again = new CountingEmbedder("model-b");
        Open(data.Path, again);
        Assert.Equal(passages, again.Calls);
    }

    [Fact]
    public void A_question_asked_again_is_not_embedded_again_and_the_cache_stays_bounded()
    {
        var model = new CountingEmbedder();
        using var cache = new QuestionVectorCache(model, capacity: 4);
        var first = cache.Embed("What about 5G?");
        Assert.Same(first, cache.Embed("What about 5G?"));
        Assert.Equal(1, model.Calls);
        for (int i = 0; i < 20; i++) cache.Embed($"question {i}");
        Assert.Equal(21, model.Calls);
    }

    [Fact]
    public void Similarities_rank_the_passage_a_paraphrase_is_about_above_an_unrelated_one()
    {
        var model = SharedSemanticModel.Embedder;
        var vectors = PassageVectors.Embed(model, ["The Korean film Parasite won the Academy Award for Best Picture.", "Tariffs on steel imports."]);
        var scores = vectors.Similarities(model.Embed("Which Korean movie won an Oscar?"));
        Assert.True(scores[0] > scores[1] + 0.2, $"{scores[0]} vs {scores[1]}");
    }
}
