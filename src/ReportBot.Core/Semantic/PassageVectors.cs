using System.Numerics.Tensors;
using System.Text;

namespace ReportBot.Core.Semantic;

/// <summary>
/// The embedding of every passage of one index, in passage order, stored next to the index so that a start with an
/// unchanged corpus does not embed again. The file names the model id; vectors of another model are never read.
/// A cache of this machine: floats in its byte order.
/// </summary>
public sealed class PassageVectors
{
    private const uint Magic = 0x52425643; // "RBVC"
    private readonly float[] _values;

    private PassageVectors(string modelId, int dimensions, float[] values)
    {
        ModelId = modelId;
        Dimensions = dimensions;
        _values = values;
    }

    public string ModelId { get; }
    public int Dimensions { get; }
    public int Count => _values.Length / Dimensions;

    /// <summary>Embeds <paramref name="texts"/> (one per passage, in passage order).</summary>
    public static PassageVectors Embed(ITextEmbedder embedder, IReadOnlyList<string> texts)
    {
        var values = new float[texts.Count * embedder.Dimensions];
        for (int i = 0; i < texts.Count; i++)
            embedder.Embed(texts[i]).AsSpan().CopyTo(values.AsSpan(i * embedder.Dimensions, embedder.Dimensions));
        return new PassageVectors(embedder.ModelId, embedder.Dimensions, values);
    }

    /// <summary>Cosine similarity of <paramref name="query"/> (unit length) with each passage, by passage ordinal.</summary>
    public float[] Similarities(ReadOnlySpan<float> query)
    {
        var scores = new float[Count];
        for (int i = 0; i < scores.Length; i++)
            scores[i] = TensorPrimitives.Dot(query, _values.AsSpan(i * Dimensions, Dimensions));
        return scores;
    }

    /// <summary>The file these vectors are kept in under <paramref name="indexFolder"/>.</summary>
    public static string FileIn(string indexFolder, string modelId)
    {
        var safe = new StringBuilder();
        foreach (char c in modelId) safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        return Path.Combine(indexFolder, $"vectors.{safe}.bin");
    }

    /// <summary>Writes the vectors beside the index, atomically (a reader never sees half a file).</summary>
    public void Save(string path)
    {
        string temporary = path + $".{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(ModelId);
            writer.Write(Dimensions);
            writer.Write(Count);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan()));
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads vectors saved by <see cref="Save"/>; null when missing, damaged, or not of this model and size.</summary>
    public static PassageVectors? TryLoad(string path, string modelId, int dimensions, int count)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadUInt32() != Magic || reader.ReadString() != modelId) return null;
            if (reader.ReadInt32() != dimensions || reader.ReadInt32() != count) return null;
            var values = new float[dimensions * count];
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan());
            stream.ReadExactly(bytes);
            return stream.Position == stream.Length ? new PassageVectors(modelId, dimensions, values) : null;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
