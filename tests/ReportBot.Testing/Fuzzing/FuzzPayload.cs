namespace ReportBot.Testing.Fuzzing;

/// <summary>One generated payload: the bytes to send, and the recipe that made them (for failure messages).</summary>
/// <param name="Index">The case number; with the seed it regenerates exactly these bytes.</param>
public sealed record FuzzPayload(int Index, byte[] Bytes, string Recipe)
{
    public override string ToString() => $"case {Index} ({Bytes.Length} bytes): {Recipe}";
}
