using System.Collections.Concurrent;
using ReportBot.Core.Analysis;
using ReportBot.Core.Semantic;
using ReportBot.Semantic;

namespace ReportBot.Testing;

/// <summary>
/// The shipped meaning model, loaded once per test process and shared: loading takes a few hundred milliseconds and
/// embedding the report a few seconds, so every fixture reusing one instance (and its vectors) keeps the suite fast.
/// The model file is unpacked into one folder under the temp directory (atomically, so parallel test processes agree).
/// </summary>
public static class SharedSemanticModel
{
    private static readonly Lazy<MemoizingEmbedder> Model = new(() =>
        new MemoizingEmbedder(new MiniLmEmbedder(Path.Combine(Path.GetTempPath(), "reportbot-test-model"))));

    public static ITextEmbedder Embedder => Model.Value;

    /// <summary>Remembers every vector it computed: tests embed the same passages and questions many times.</summary>
    private sealed class MemoizingEmbedder(MiniLmEmbedder model) : ITextEmbedder, ILexicon
    {
        private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

        public string ModelId => model.ModelId;
        public int Dimensions => model.Dimensions;
        public float[] Embed(string text) => _vectors.GetOrAdd(text, model.Embed);
        public bool Contains(string word) => model.Contains(word);
    }
}
