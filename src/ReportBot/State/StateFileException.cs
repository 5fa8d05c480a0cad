using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportBot.State;

/// <summary>
/// The state file cannot be used as it is: it is not a ReportBot database, is damaged, was written by a newer
/// ReportBot, or cannot be opened. Start-up throws this before writing anything to the file, so the file is left for
/// the operator to inspect, restore or move aside; <see cref="Exception.Message"/> names the file and what is wrong,
/// <see cref="Advice"/> says what to do. Neither ever carries the file's contents (it holds the vote-pseudonym key).
/// </summary>
public sealed class StateFileException : Exception
{
    private StateFileException(string path, string problem, string advice, Exception? inner = null)
        : base($"the state file {path} {problem}.", inner)
    {
        FilePath = path;
        Advice = advice;
    }

    public string FilePath { get; }

    /// <summary>One sentence for the operator: what to do about it.</summary>
    public string Advice { get; }

    // What to do about a file that is ReportBot's (or stands where ReportBot's should be) but cannot be trusted.
    private static string RestoreOrStartAfresh(string path) =>
        $"ReportBot will not replace it. Stop every ReportBot using this folder, then restore {Name(path)} from a backup, or move it "
        + $"(with any {Name(path)}-wal and {Name(path)}-shm beside it) out of the folder to start afresh, which loses the digest "
        + "subscriptions, the answer log and the vote key.";

    private static string LeaveItAlone =>
        "ReportBot will not touch it. Point Data:Path (--data) at a folder of ReportBot's own, or move the file out of this one.";

    private static string Name(string path) => Path.GetFileName(path);

    internal static StateFileException Folder(string path) =>
        new(path, "is a folder, not a file", RestoreOrStartAfresh(path));

    internal static StateFileException Empty(string path) =>
        new(path, "is empty (0 bytes); ReportBot never leaves an empty state file, so something else made or emptied it", RestoreOrStartAfresh(path));

    internal static StateFileException NotSqlite(string path, string why) =>
        new(path, $"is not an SQLite database ({why})", RestoreOrStartAfresh(path));

    internal static StateFileException Truncated(string path, long length, long pages, int pageSize) =>
        new(path, string.Create(CultureInfo.InvariantCulture,
            $"is truncated ({length} bytes, but its header says {pages} pages of {pageSize} bytes)"), RestoreOrStartAfresh(path));

    internal static StateFileException Damaged(string path, string quickCheck) =>
        new(path, $"is damaged (SQLite's quick_check found: {quickCheck})", RestoreOrStartAfresh(path));

    internal static StateFileException AnotherProgram(string path, int applicationId) =>
        new(path, string.Create(CultureInfo.InvariantCulture,
            $"is another program's SQLite database (application id 0x{applicationId:X8}), not a ReportBot state file"), LeaveItAlone);

    internal static StateFileException NoReportBotTables(string path) =>
        new(path, "is an SQLite database without ReportBot's tables, not a ReportBot state file", LeaveItAlone);

    internal static StateFileException NoSchemaVersion(string path) =>
        new(path, "has ReportBot's tables but no schema version, so ReportBot cannot tell how to read it", RestoreOrStartAfresh(path));

    internal static StateFileException NewerSchema(string path, int version, int latest) =>
        new(path, string.Create(CultureInfo.InvariantCulture, $"has schema version {version}, newer than this ReportBot knows ({latest})"),
            "Run the newer ReportBot that wrote it, or restore a backup made by this version.");

    internal static StateFileException OrphanJournal(string path, string journal) =>
        new(path, $"does not exist, but {journal} does: a journal without its database", $"Put {Name(path)} back beside it, or move "
            + $"{Name(journal)} (and any {Name(path)}-shm) out of the folder to start afresh.");

    /// <summary>What SQLite said when the file could not be opened or read: damage, or something in the way of it.</summary>
    internal static StateFileException From(string path, SqliteException e) =>
        IsDamage(e)
            ? new(path, $"is damaged ({Describe(e)})", RestoreOrStartAfresh(path), e)
            : new(path, $"cannot be opened ({Describe(e)})",
                "Check that this user may read and write the file and its folder, and that no other program holds it locked.", e);

    /// <summary>SQLite found the file malformed, as opposed to being kept from it (locked, not permitted, disk full).</summary>
    internal static bool IsDamage(SqliteException e) => e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase;

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    // "SQLite Error 11: 'database disk image is malformed'." without the final full stop the message adds itself.
    private static string Describe(SqliteException e) => e.Message.TrimEnd('.');
}
