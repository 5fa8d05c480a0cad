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
        // 2: daily digest subscriptions and the log of their deliveries (intent recorded before sending).
        """
        CREATE TABLE digest_subscriptions (
            id              TEXT PRIMARY KEY,
            platform        TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            local_time      TEXT NOT NULL,
            time_zone       TEXT NOT NULL,
            created_by      TEXT,
            created_utc     TEXT NOT NULL,
            cycle           INTEGER NOT NULL DEFAULT 0,
            last_local_date TEXT,
            paused_reason   TEXT,
            paused_utc      TEXT,
            UNIQUE (platform, conversation_id)
        );
        CREATE TABLE digest_deliveries (
            subscription_id TEXT NOT NULL,
            local_date      TEXT NOT NULL,
            item_id         TEXT NOT NULL,
            cycle           INTEGER NOT NULL,
            nonce           TEXT NOT NULL,
            state           TEXT NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            created_utc     TEXT NOT NULL,
            finished_utc    TEXT,
            error           TEXT,
            PRIMARY KEY (subscription_id, local_date)
        );
        CREATE INDEX digest_deliveries_by_state ON digest_deliveries (state);
        """,
        // 3: the maintainers' answer log (normalised questions, passages shown), votes under pseudonyms, and keys
        //    generated once per installation (the pseudonym key).
        """
        CREATE TABLE answer_log (
            id          TEXT PRIMARY KEY,
            platform    TEXT NOT NULL,
            question    TEXT NOT NULL,
            status      TEXT NOT NULL,
            confidence  REAL NOT NULL,
            passage_ids TEXT NOT NULL,
            skip        INTEGER NOT NULL,
            created_utc TEXT NOT NULL
        );
        CREATE INDEX answer_log_by_time ON answer_log (created_utc);
        CREATE TABLE answer_votes (
            answer_id   TEXT NOT NULL,
            voter       TEXT NOT NULL,
            vote        INTEGER NOT NULL,
            updated_utc TEXT NOT NULL,
            PRIMARY KEY (answer_id, voter)
        );
        CREATE TABLE installation_keys (
            name  TEXT PRIMARY KEY,
            value BLOB NOT NULL
        );
        """,
        // 4: attempts of a delivery that may have posted, so a platform that can't spot a resend gets at most one.
        """
        ALTER TABLE digest_deliveries ADD COLUMN maybe_posted INTEGER NOT NULL DEFAULT 0;
        """,
        // 5: mark the file as ReportBot's, so start-up can tell it from another program's SQLite database (files from
        //    before this step are recognised by their tables, and get the mark here).
        $"""
        PRAGMA application_id = {StateFileIdentity.ApplicationId};
        """,
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        int version = CurrentVersion(connection, transaction);
        // Checked again inside the write transaction: a newer ReportBot may have upgraded the file since it was opened.
        if (version > Steps.Length) throw StateFileException.NewerSchema(connection.DataSource, version, Steps.Length);
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
