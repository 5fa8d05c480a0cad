namespace ReportBot.Core.Semantic;

/// <summary>
/// Turns text into a unit-length vector whose dot product with another says how close their meanings are.
/// The one seam between the engine and a sentence-embedding model; implementations must be safe to call concurrently.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and how its text is prepared; stored vectors made under another id are not reused.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>The vector of <paramref name="text"/>, L2-normalised, <see cref="Dimensions"/> long.</summary>
    float[] Embed(string text);
}
