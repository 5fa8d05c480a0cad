using Microsoft.Data.Sqlite;

namespace ReportBot.State;

/// <summary>
/// The state schema as an ordered list of steps; <c>PRAGMA user_version</c> records how many have been applied.
/// Add a step to change the schema: never edit one that has shipped.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] Steps =
    [
        // 1: questions behind "More results" buttons; the latest address of every conversation seen.
        """
        CREATE TABLE questions (
            id          TEXT PRIMARY KEY,
            text        TEXT NOT NULL,
            created_utc TEXT NOT NULL
        );
        CREATE TABLE conversations (
            platform        TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            reference       TEXT NOT NULL,
            verified        INTEGER NOT NULL,
            updated_utc     TEXT NOT NULL,
            PRIMARY KEY (platform, conversation_id)
        );
        """,
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        int version = CurrentVersion(connection, transaction);
        if (version > Steps.Length)
            throw new InvalidOperationException(
                $"The state file has schema version {version}, newer than this program knows ({Steps.Length}). Use a newer ReportBot.");
        for (int step = version; step < Steps.Length; step++)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Steps[step] + $"\nPRAGMA user_version = {step + 1};";
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static int CurrentVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
