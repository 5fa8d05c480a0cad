using Microsoft.Data.Sqlite;

namespace ReportBot.State;

/// <summary>
/// The SQLite state file (<c>{data}/reportbot.db</c>): opened in WAL mode so readers never block the writer and a
/// crash leaves a consistent file, and brought to the current schema at start-up. Connections are short-lived and
/// pooled by Microsoft.Data.Sqlite.
/// </summary>
public sealed class StateDatabase
{
    public const string FileName = "reportbot.db";

    private readonly string _connectionString;

    public StateDatabase(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        Path = System.IO.Path.Combine(dataDirectory, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        SchemaMigrations.Apply(connection);
    }

    public string Path { get; }

    /// <summary>An open connection with a busy timeout, so concurrent writers wait instead of failing.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        return connection;
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

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
