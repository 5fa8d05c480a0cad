using Microsoft.Data.Sqlite;

namespace ReportBot.State;

/// <summary>
/// Makes a new state file so that it never exists half-made under its real name: it is built beside it under a
/// temporary name (schema applied, ReportBot's application id set, committed and synced by SQLite) and then moved
/// into place without replacing anything. So a file at the real name that is not a valid ReportBot database was
/// not left by an interrupted start-up, and is refused rather than made afresh.
/// </summary>
internal static class NewStateFile
{
    public static void Create(string path)
    {
        // A journal without its database would be replayed into the new file by SQLite; the path is checked again
        // after the journal because a process starting at the same time may have just moved its new file in.
        foreach (string journal in (string[])[StateFileHeader.WalOf(path), StateFileHeader.RollbackJournalOf(path)])
            if (new FileInfo(journal) is { Exists: true, Length: > 0 } && !Path.Exists(path))
                throw StateFileException.OrphanJournal(path, journal);

        // Same folder, so the move is a rename on one file system.
        string building = $"{path}.new-{Guid.NewGuid():N}";
        try
        {
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = building,
                Mode = SqliteOpenMode.ReadWriteCreate,
                // Closing must really close: the file is renamed next, and must not stay open in a pool.
                Pooling = false,
            }.ToString();
            try
            {
                using var connection = new SqliteConnection(connectionString);
                connection.Open();
                // The default rollback journal: when the migration commits, the file is complete and synced to disk.
                SchemaMigrations.Apply(connection);
            }
            catch (SqliteException e)
            {
                throw StateFileException.From(path, e);
            }
            try
            {
                File.Move(building, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process starting at the same time moved its new file in first: use that one.
            }
        }
        finally
        {
            File.Delete(building);
            File.Delete(StateFileHeader.RollbackJournalOf(building));
        }
    }
}
