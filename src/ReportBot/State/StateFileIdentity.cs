using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportBot.State;

/// <summary>
/// Whether an SQLite file is ReportBot's: it carries ReportBot's <c>PRAGMA application_id</c>, or it was made by a
/// version from before the id (id 0) and has ReportBot's tables. Read-only, so another program's file is refused
/// without a byte of it changed.
/// </summary>
internal static class StateFileIdentity
{
    /// <summary>"RBot": the application id every ReportBot state file carries from schema version 5 on.</summary>
    public const int ApplicationId = 0x52426F74;

    // Made by the first schema step; every ReportBot state file ever written has them.
    private static readonly string[] FirstTables = ["questions", "conversations"];

    public static void Check(SqliteConnection connection, string path)
    {
        int id = Pragma(connection, "application_id");
        int version = Pragma(connection, "user_version");
        if (id != ApplicationId)
        {
            if (id != 0) throw StateFileException.AnotherProgram(path, id);
            if (!HasFirstTables(connection)) throw StateFileException.NoReportBotTables(path);
        }
        if (version > SchemaMigrations.Latest) throw StateFileException.NewerSchema(path, version, SchemaMigrations.Latest);
        if (version <= 0) throw StateFileException.NoSchemaVersion(path);
    }

    private static bool HasFirstTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ({string.Join(", ", FirstTables.Select(t => $"'{t}'"))})";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) == FirstTables.Length;
    }

    private static int Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
