using Microsoft.Extensions.Caching.Memory;

namespace ReportBot.Core.Semantic;

/// <summary>
/// The vectors of recently asked questions. Embedding a question costs several milliseconds of a core, most of an
/// answer's time; a question asked again (the same question from many people, every "More results" page) reuses it.
/// Bounded by count; the least recently used go first.
/// </summary>
public sealed class QuestionVectorCache(ITextEmbedder model, int capacity = QuestionVectorCache.DefaultCapacity) : IDisposable
{
    /// <summary>About 3 MB of vectors at 384 dimensions.</summary>
    public const int DefaultCapacity = 2_000;

    private readonly MemoryCache _vectors = new(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });

    public float[] Embed(string question) =>
        _vectors.GetOrCreate(question, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return model.Embed(question);
        })!;

    public void Dispose() => _vectors.Dispose();
}
