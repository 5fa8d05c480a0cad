using System.Buffers.Binary;

namespace ReportBot.State;

/// <summary>
/// Checks on the file's raw bytes, made before SQLite opens it: SQLite treats an empty file as a new database (and
/// would let ReportBot fill it), and reports a foreign or cut-short file only once a query touches the missing part.
/// </summary>
internal static class StateFileHeader
{
    private const int HeaderLength = 100;

    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    public static void Check(string path)
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        long length;
        int read;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            length = file.Length;
            read = file.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        }
        if (length == 0) throw StateFileException.Empty(path);
        if (read < HeaderLength)
            throw StateFileException.NotSqlite(path, $"only {length} bytes, too short for an SQLite header");
        if (!header[..Magic.Length].SequenceEqual(Magic))
            throw StateFileException.NotSqlite(path, "it does not start with the SQLite header");

        // The page size is stored as 1 for 64 KiB; anything that is not a power of two from 512 up is not a header.
        int pageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        if (pageSize == 1) pageSize = 65536;
        if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
            throw StateFileException.NotSqlite(path, "its header gives no valid page size");

        // The page count in the header is only trustworthy when its "valid for" counter matches the change counter.
        // A journal beside the file may legitimately hold pages a crash kept from reaching it; SQLite recovers those.
        uint changeCounter = BinaryPrimitives.ReadUInt32BigEndian(header[24..]);
        uint pages = BinaryPrimitives.ReadUInt32BigEndian(header[28..]);
        uint validFor = BinaryPrimitives.ReadUInt32BigEndian(header[92..]);
        if (pages > 0 && validFor == changeCounter && length < (long)pages * pageSize && !HasJournal(path))
            throw StateFileException.Truncated(path, length, pages, pageSize);
    }

    /// <summary>A write-ahead log or rollback journal with something in it next to <paramref name="path"/>.</summary>
    public static bool HasJournal(string path) => NonEmpty(WalOf(path)) || NonEmpty(RollbackJournalOf(path));

    public static string WalOf(string path) => path + "-wal";

    public static string RollbackJournalOf(string path) => path + "-journal";

    private static bool NonEmpty(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length > 0;
    }
}
