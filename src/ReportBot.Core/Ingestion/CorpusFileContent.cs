using System.Globalization;
using ReportBot.Core.Options;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Reads one corpus file within <see cref="CorpusOptions.MaxFileBytes"/>: refused by its length on disk before any
/// of it is read, and abandoned if it grows past the limit while it is being read (a file still being copied in).
/// </summary>
internal static class CorpusFileContent
{
    private const int ChunkBytes = 81_920;

    public static byte[] Read(string path, int maxBytes)
    {
        string name = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        long length = stream.Length;
        if (length > maxBytes)
            throw new CorpusException(string.Create(CultureInfo.InvariantCulture,
                $"The corpus file '{name}' is {length:N0} bytes, more than {CorpusOptions.MaxFileBytesKey} ({maxBytes:N0} bytes); it was not read. "
                + $"Split it into smaller files or raise {CorpusOptions.MaxFileBytesKey}."));
        return ReadAtMost(stream, maxBytes, capacity: (int)length)
            ?? throw new CorpusException(string.Create(CultureInfo.InvariantCulture,
                $"The corpus file '{name}' grew past {CorpusOptions.MaxFileBytesKey} ({maxBytes:N0} bytes) while it was read; it was not used. "
                + $"Split it into smaller files or raise {CorpusOptions.MaxFileBytesKey}."));
    }

    /// <summary>The rest of <paramref name="stream"/>, or null as soon as it turns out longer than <paramref name="maxBytes"/>.</summary>
    /// <param name="capacity">The expected length; when it is right, the buffer is returned without a copy.</param>
    public static byte[]? ReadAtMost(Stream stream, int maxBytes, int capacity)
    {
        using var content = new MemoryStream(Math.Clamp(capacity, 0, maxBytes));
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (content.Length + read > maxBytes) return null;
            content.Write(chunk, 0, read);
        }
        return content.Length == content.Capacity ? content.GetBuffer() : content.ToArray();
    }
}
