namespace ReportBot.Semantic;

/// <summary>Sentence vector from token vectors: their mean (every token is attended), scaled to unit length.</summary>
internal static class MeanPooling
{
    public static float[] Normalised(ReadOnlySpan<float> hidden, int tokens, int dimensions)
    {
        var vector = new float[dimensions];
        for (int t = 0; t < tokens; t++)
            System.Numerics.Tensors.TensorPrimitives.Add(vector, hidden.Slice(t * dimensions, dimensions), vector);
        float norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }
}
