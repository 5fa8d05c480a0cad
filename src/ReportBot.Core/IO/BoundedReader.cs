namespace ReportBot.Core.IO;

/// <summary>
/// Reads a whole stream (an HTTP request body, say) up to a limit, whatever its declared length: the adapters use
/// it before parsing anything a client sent.
/// </summary>
public static class BoundedReader
{
    /// <summary>The bytes, or null when the stream holds more than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[Math.Min(16 * 1024, limit + 1)];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
