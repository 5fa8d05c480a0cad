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

    /// <param name="dataDirectory">The model is unpacked once into its <c>models</c> folder; when that cannot be written
    /// (the data folder's own error is reported by whatever uses it), it is loaded from a one-off copy in the temp folder
    /// unless <paramref name="temporaryFallback"/> is false.</param>
    public static SemanticModel Load(AnswerOptions options, string dataDirectory, ILogger<SemanticModel> logger, bool temporaryFallback = true)
    {
        if (!options.Semantic) return new(null, "off (Answers:Semantic=false): answering by words alone");
        try
        {
            var model = new MiniLmEmbedder(Path.Combine(dataDirectory, "models"), temporaryFallback ? Path.GetTempPath() : null);
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
