using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ReportBot.State;

namespace ReportBot.Tests.Support;

/// <summary>
/// State files of the kinds start-up must tell apart, written into a data folder before anything opens it, and a raw
/// look at a file that goes around <see cref="StateDatabase"/>. Raw connections are never pooled, so nothing stays
/// open or cached once a helper returns.
/// </summary>
public static class StateFiles
{
    /// <summary>The kinds of file that are not a valid ReportBot database, with what the refusal must say about each.</summary>
    public static readonly IReadOnlyDictionary<string, string> Refused = new Dictionary<string, string>
    {
        ["damaged"] = "is damaged",
        ["zero-length"] = "is empty (0 bytes)",
        ["truncated"] = "is truncated",
        ["not-sqlite"] = "is not an SQLite database",
        ["another-programs"] = "is another program's SQLite database",
        ["no-reportbot-tables"] = "is an SQLite database without ReportBot's tables",
        ["newer-schema"] = "has schema version 99, newer than this ReportBot knows",
        ["orphan-wal"] = "does not exist, but",
    };

    public static string PathIn(string data) => Path.Combine(data, StateDatabase.FileName);

    /// <summary>Writes a file of <paramref name="kind"/> (a key of <see cref="Refused"/>) and returns the state file's path.</summary>
    public static string Make(string kind, string data) => kind switch
    {
        "damaged" => DamagedPage(data),
        "zero-length" => Write(data, []),
        "truncated" => Truncated(data),
        "not-sqlite" => Write(data, System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Notes from another program, not a database.\n", 200)))),
        "another-programs" => Foreign(data, applicationId: 0x47504B47),
        "no-reportbot-tables" => Foreign(data, applicationId: 0),
        "newer-schema" => Edited(Good(data), "PRAGMA user_version = 99;"),
        "orphan-wal" => OrphanWal(data),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// A state file made by this ReportBot with <paramref name="answers"/> rows in answer_log, so that table spans many
    /// pages; closed, with the WAL checkpointed into the file and removed.
    /// </summary>
    public static string Good(string data, int answers = 400)
    {
        _ = new StateDatabase(data);
        SqliteConnection.ClearAllPools();
        string path = PathIn(data);
        using (var connection = OpenRaw(path))
        {
            using (var transaction = connection.BeginTransaction())
            {
                for (int i = 0; i < answers; i++)
                {
                    using var insert = connection.CreateCommand();
                    insert.Transaction = transaction;
                    insert.CommandText = """
                        INSERT INTO answer_log (id, platform, question, status, confidence, passage_ids, skip, created_utc)
                        VALUES ($id, 'web', $question, 'answered', 0.5, '["p-1"]', 0, $created)
                        """;
                    insert.Parameters.AddWithValue("$id", "answer-" + i.ToString("0000", CultureInfo.InvariantCulture));
                    insert.Parameters.AddWithValue("$question", $"what does the report say about topic number {i} and its many consequences");
                    insert.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        return path;
    }

    /// <summary>
    /// A good file whose answer_log table has its root page overwritten: opening the file and reading the schema
    /// never touch that page, <c>PRAGMA quick_check</c> does.
    /// </summary>
    public static string DamagedPage(string data)
    {
        string path = Good(data);
        long page, pageSize;
        using (var connection = OpenRaw(path))
        {
            page = (long)Scalar(connection, "SELECT rootpage FROM sqlite_master WHERE name = 'answer_log'")!;
            pageSize = (long)Scalar(connection, "PRAGMA page_size")!;
        }
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = (page - 1) * pageSize;
            file.Write(Enumerable.Repeat((byte)0x5A, (int)pageSize).ToArray());
        }
        using (var connection = OpenRaw(path))
            Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'answer_log'"));
        Assert.NotEqual("ok", QuickCheck(path));
        return path;
    }

    /// <summary>A good file cut to half its length, as a copy that ran out of space would leave it.</summary>
    public static string Truncated(string data)
    {
        string path = Good(data);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
            file.SetLength(file.Length / 2);
        return path;
    }

    /// <summary>A journal left without its database, as moving only reportbot.db aside after a crash leaves it.</summary>
    public static string OrphanWal(string data)
    {
        using var other = new ReportBot.Testing.TempFolder();
        string source = PathIn(other.Path);
        using (var connection = OpenRaw(source))
        {
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
            // Copied while the connection is open, so the WAL still holds the change (closing would checkpoint and delete it).
            File.Copy(source + "-wal", PathIn(data) + "-wal");
        }
        Assert.True(new FileInfo(PathIn(data) + "-wal").Length > 0);
        return PathIn(data);
    }

    /// <summary>An SQLite database that some other program made: its own table, and <paramref name="applicationId"/>.</summary>
    public static string Foreign(string data, int applicationId)
    {
        string path = PathIn(data);
        using var connection = OpenRaw(path);
        Execute(connection, string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA application_id = {applicationId}; CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me');"));
        return path;
    }

    /// <summary>Runs <paramref name="sql"/> on the file at <paramref name="path"/> and returns the path.</summary>
    public static string Edited(string path, string sql)
    {
        using var connection = OpenRaw(path);
        Execute(connection, sql);
        return path;
    }

    public static string Write(string data, byte[] content)
    {
        string path = PathIn(data);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>What <c>PRAGMA quick_check</c> says about the file: "ok", or the first problem.</summary>
    public static string QuickCheck(string path)
    {
        using var connection = OpenRaw(path, SqliteOpenMode.ReadOnly);
        try
        {
            return (string)Scalar(connection, "PRAGMA quick_check")!;
        }
        catch (SqliteException e)
        {
            return e.Message;
        }
    }

    public static object? Pragma(string path, string name)
    {
        using var connection = OpenRaw(path, SqliteOpenMode.ReadOnly);
        return Scalar(connection, "PRAGMA " + name);
    }

    /// <summary>A fingerprint of the file's bytes, to show a refused file was left exactly as it was.</summary>
    public static string Fingerprint(string path) => File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "(missing)";

    public static SqliteConnection OpenRaw(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The refusal: exit code 2, nothing on standard output, and on standard error only a short block that names
    /// the file and what is wrong and says what to do — no exception names, no stack trace.
    /// </summary>
    public static void AssertRefused(CliRun run, string path, string problem)
    {
        Assert.True(run.ExitCode == 2, $"expected exit code 2 (state file unusable)\n{run}");
        Assert.Equal("", run.Output);
        CliAssert.NoStackTrace(run);
        var lines = run.ErrorLines;
        Assert.InRange(lines.Length, 1, 2);
        Assert.StartsWith($"error: the state file {path} {problem}", lines[0]);
        Assert.Contains(lines, line => line.Contains("move", StringComparison.Ordinal) || line.Contains("Run", StringComparison.Ordinal));
    }
}
