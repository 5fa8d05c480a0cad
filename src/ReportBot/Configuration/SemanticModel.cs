using ReportBot.Core.Options;
using ReportBot.Core.Semantic;
using ReportBot.Semantic;

namespace ReportBot.Configuration;

/// <summary>
/// The sentence-embedding model the engine ranks by meaning with, or the reason there is none. Loaded once; a model
/// that cannot load is reported once and the bot answers by words alone rather than not starting.
/// </summary>
public sealed partial class SemanticModel : IDisposable
{
    private SemanticModel(ITextEmbedder? embedder, string status)
    {
        Embedder = embedder;
        Status = status;
    }

    public ITextEmbedder? Embedder { get; }

    /// <summary>For the start-up banner: the model in use, or why there is none.</summary>
    public string Status { get; }

    /// <summary>A model loaded elsewhere (tests share one across hosts); not disposed with this holder's owner.</summary>
    internal static SemanticModel Using(ITextEmbedder embedder) => new(embedder, embedder.ModelId) { _owned = false };

    private bool _owned = true;

    /// <summary>
    /// Where the model file is unpacked: beside the index in the data folder, or, when that cannot be written (the
    /// data folder's own error is reported by whatever uses it), in the temp folder.
    /// </summary>
    public static IReadOnlyList<string> CacheDirectories(string dataDirectory) =>
        [Path.Combine(dataDirectory, "models"), Path.Combine(Path.GetTempPath(), $"reportbot-models-{Environment.UserName}")];

    public static SemanticModel Load(AnswerOptions options, IReadOnlyList<string> cacheDirectories, ILogger<SemanticModel> logger)
    {
        if (!options.Semantic) return new(null, "off (Answers:Semantic=false): answering by words alone");
        try
        {
            var model = new MiniLmEmbedder(cacheDirectories);
            return new(model, model.ModelId);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log.CouldNotLoad(logger, e.GetType().Name, e.Message);
            return new(null, $"unavailable ({e.GetType().Name}): answering by words alone");
        }
    }

    public void Dispose()
    {
        if (_owned) (Embedder as IDisposable)?.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning,
            "The semantic model could not be loaded ({Error}: {Reason}); answering by words alone")]
        public static partial void CouldNotLoad(ILogger logger, string error, string reason);
    }
}
