using Microsoft.Data.Sqlite;

namespace ReportBot.State;

/// <summary>
/// The SQLite state file (<c>{data}/reportbot.db</c>): opened in WAL mode so readers never block the writer and a
/// crash leaves a consistent file, and brought to the current schema at start-up. Connections are short-lived and
/// pooled by Microsoft.Data.Sqlite.
/// </summary>
/// <remarks>
/// Start-up makes the file if there is none (see <see cref="NewStateFile"/>) and otherwise accepts only a valid
/// ReportBot database: a file that is damaged, cut short, empty, another program's or from a newer ReportBot throws
/// <see cref="StateFileException"/> before anything is written to it. It is never replaced.
/// </remarks>
public sealed class StateDatabase
{
    public const string FileName = "reportbot.db";

    private readonly string _connectionString;
    private readonly string _readOnlyConnectionString;
    private readonly string _uncachedConnectionString;

    /// <exception cref="StateFileException">The file is there but is not a usable ReportBot database.</exception>
    public StateDatabase(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        Path = System.IO.Path.Combine(dataDirectory, FileName);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            // Never create: only NewStateFile makes the file, so a file that disappears is not silently made empty.
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 30,
        };
        _connectionString = builder.ToString();
        builder.Mode = SqliteOpenMode.ReadOnly;
        _readOnlyConnectionString = builder.ToString();
        builder.Mode = SqliteOpenMode.ReadWrite;
        // For the whole-file checks: a pooled connection keeps its page cache, which could hide damage on disk.
        builder.Pooling = false;
        _uncachedConnectionString = builder.ToString();
        OpenAtStartUp();
    }

    public string Path { get; }

    /// <summary>
    /// Opens every new connection read-only, so every write fails as it does when the file can't be written (a full
    /// disk, a read-only file): tests use it to show the bot keeps answering and recovers when it is turned off.
    /// </summary>
    public bool RefuseWrites { get; set; }

    /// <summary>An open connection with a busy timeout, so concurrent writers wait instead of failing.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(RefuseWrites ? _readOnlyConnectionString : _connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        return connection;
    }

    /// <summary>
    /// Runs SQLite's <c>quick_check</c> over the whole file (it reads every page, so this is for start-up and an
    /// occasional health check, not every request): null when the file is sound, else a sentence naming the file and
    /// what is wrong with it.
    /// </summary>
    /// <exception cref="SqliteException">The file could not be read for a reason other than damage (e.g. it is locked).</exception>
    public string? FindDamage()
    {
        try
        {
            using var connection = OpenUncached();
            string result = QuickCheck(connection);
            return result == "ok" ? null : StateFileException.Damaged(Path, result).Message;
        }
        catch (SqliteException e) when (StateFileException.IsDamage(e))
        {
            return StateFileException.From(Path, e).Message;
        }
    }

    /// <summary>True when the file can be queried: the readiness check.</summary>
    public bool IsHealthy()
    {
        try
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            command.ExecuteScalar();
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private void OpenAtStartUp()
    {
        if (Directory.Exists(Path)) throw StateFileException.Folder(Path);
        if (!File.Exists(Path)) NewStateFile.Create(Path);
        StateFileHeader.Check(Path);
        try
        {
            using var connection = OpenUncached();
            string result = QuickCheck(connection);
            if (result != "ok") throw StateFileException.Damaged(Path, result);
            // Read-only until the file is known to be ReportBot's: another program's file is left exactly as it was.
            StateFileIdentity.Check(connection, Path);
            Execute(connection, "PRAGMA journal_mode=WAL;");
            SchemaMigrations.Apply(connection);
        }
        catch (SqliteException e)
        {
            throw StateFileException.From(Path, e);
        }
    }

    private SqliteConnection OpenUncached()
    {
        var connection = new SqliteConnection(_uncachedConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=5000;");
        return connection;
    }

    /// <summary>
    /// "ok", or the first problem <c>quick_check</c> found, on one line (it names pages and tables, never their
    /// contents), without the "*** in database main ***" heading SQLite puts above it.
    /// </summary>
    private static string QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        string result = command.ExecuteScalar() as string ?? "no answer";
        string problems = string.Join("; ", result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("***", StringComparison.Ordinal)));
        return problems.Length > 0 ? problems : result;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
