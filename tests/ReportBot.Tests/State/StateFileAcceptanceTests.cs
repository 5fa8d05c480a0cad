using Microsoft.Data.Sqlite;
using ReportBot.State;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.State;

/// <summary>
/// What start-up accepts: a file it makes itself (marked as ReportBot's), files from older versions (upgraded and
/// marked), and a file whose WAL a crash left torn (SQLite's normal recovery, not a refusal).
/// </summary>
public sealed class StateFileAcceptanceTests : IDisposable
{
    // PRAGMA application_id of every ReportBot state file: "RBot". Part of the file format; it never changes.
    private const long ReportBotApplicationId = 0x52426F74;

    private readonly TempFolder _data = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public void A_new_file_is_marked_as_ReportBots_and_nothing_half_made_is_left_beside_it()
    {
        _ = new StateDatabase(_data.Path);
        SqliteConnection.ClearAllPools();

        // The last connection closed, so SQLite has folded the WAL in and removed it: only the file itself is left.
        Assert.Equal([StateDatabase.FileName], Directory.GetFiles(_data.Path).Select(Path.GetFileName));
        string path = StateFiles.PathIn(_data.Path);
        Assert.Equal(ReportBotApplicationId, StateFiles.Pragma(path, "application_id"));
        Assert.Equal((long)SchemaMigrations.Latest, StateFiles.Pragma(path, "user_version"));
        Assert.Equal("wal", StateFiles.Pragma(path, "journal_mode"));
    }

    [Fact]
    public void A_file_from_the_last_release_is_accepted_kept_and_marked()
    {
        string path = StateFiles.Good(_data.Path, answers: 5);
        // What the previous release wrote: schema 4, no application id.
        StateFiles.Edited(path, "PRAGMA application_id = 0; PRAGMA user_version = 4;");

        _ = new StateDatabase(_data.Path);
        SqliteConnection.ClearAllPools();

        Assert.Equal(ReportBotApplicationId, StateFiles.Pragma(path, "application_id"));
        Assert.Equal((long)SchemaMigrations.Latest, StateFiles.Pragma(path, "user_version"));
        using var connection = StateFiles.OpenRaw(path);
        Assert.Equal(5L, StateFiles.Scalar(connection, "SELECT count(*) FROM answer_log"));
    }

    [Fact]
    public void A_file_from_the_first_release_is_upgraded_through_every_step()
    {
        string path = StateFiles.PathIn(_data.Path);
        using (var connection = StateFiles.OpenRaw(path))
            StateFiles.Execute(connection, """
                CREATE TABLE questions (id TEXT PRIMARY KEY, text TEXT NOT NULL, created_utc TEXT NOT NULL);
                CREATE TABLE conversations (platform TEXT NOT NULL, conversation_id TEXT NOT NULL, reference TEXT NOT NULL,
                    verified INTEGER NOT NULL, updated_utc TEXT NOT NULL, PRIMARY KEY (platform, conversation_id));
                INSERT INTO conversations VALUES ('msteams', '19:kept@thread.tacv2', '{}', 1, '2025-01-01T00:00:00Z');
                PRAGMA user_version = 1;
                """);

        _ = new StateDatabase(_data.Path);
        SqliteConnection.ClearAllPools();

        Assert.Equal(ReportBotApplicationId, StateFiles.Pragma(path, "application_id"));
        Assert.Equal((long)SchemaMigrations.Latest, StateFiles.Pragma(path, "user_version"));
        using var raw = StateFiles.OpenRaw(path);
        Assert.Equal(1L, StateFiles.Scalar(raw, "SELECT count(*) FROM conversations"));
        Assert.Equal(0L, StateFiles.Scalar(raw, "SELECT count(*) FROM digest_deliveries WHERE maybe_posted = 1"));
    }

    // A crash while writing can leave the last frames of the WAL torn; SQLite drops the transactions they belong to
    // and keeps the rest. That is recovery, not damage: start-up accepts the file.
    [Fact]
    public void A_torn_write_at_the_end_of_the_WAL_is_recovered_not_refused()
    {
        string path = StateFiles.Good(_data.Path, answers: 5);
        using var crashed = new TempFolder();
        string copy = StateFiles.PathIn(crashed.Path);
        using (var connection = StateFiles.OpenRaw(path))
        {
            StateFiles.Execute(connection, "PRAGMA wal_autocheckpoint = 0;");
            StateFiles.Execute(connection, "INSERT INTO questions VALUES ('kept', 'committed before the crash', '2025-01-01T00:00:00Z');");
            StateFiles.Execute(connection, "INSERT INTO questions VALUES ('torn', 'being written at the crash', '2025-01-01T00:00:01Z');");
            // Copied while open: what a kill -9 leaves on disk, the WAL not yet checkpointed.
            File.Copy(path, copy);
            File.Copy(path + "-wal", copy + "-wal");
        }
        using (var wal = new FileStream(copy + "-wal", FileMode.Open, FileAccess.ReadWrite))
        {
            wal.Position = wal.Length - 64;
            wal.Write(Enumerable.Repeat((byte)0xA5, 64).ToArray());
        }

        _ = new StateDatabase(crashed.Path);
        SqliteConnection.ClearAllPools();

        Assert.Equal("ok", StateFiles.QuickCheck(copy));
        using var raw = StateFiles.OpenRaw(copy);
        Assert.Equal("kept", StateFiles.Scalar(raw, "SELECT group_concat(id) FROM questions"));
        Assert.Equal(5L, StateFiles.Scalar(raw, "SELECT count(*) FROM answer_log"));
    }

    [Fact]
    public async Task Processes_starting_together_on_a_new_folder_share_one_file()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new StateDatabase(_data.Path))));
        SqliteConnection.ClearAllPools();

        Assert.All(opened, d => Assert.Equal(StateFiles.PathIn(_data.Path), d.Path));
        Assert.Equal("ok", StateFiles.QuickCheck(StateFiles.PathIn(_data.Path)));
        Assert.Equal(ReportBotApplicationId, StateFiles.Pragma(StateFiles.PathIn(_data.Path), "application_id"));
    }
}
