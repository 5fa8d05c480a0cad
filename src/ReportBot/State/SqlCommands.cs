using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportBot.Core.Storage;

namespace ReportBot.State;

/// <summary>
/// Parameterised SQL on the state file: one short-lived connection per call unless one is passed in. SQLite's own
/// failures (a full disk, a read-only or locked file) leave these as <see cref="StateStoreException"/>, the type the
/// ports promise.
/// </summary>
internal static class SqlCommands
{
    public static int Execute(this StateDatabase database, string sql, params (string Name, object? Value)[] parameters) =>
        Guard(() =>
        {
            using var connection = database.Open();
            using var command = connection.Command(null, sql, parameters);
            return command.ExecuteNonQuery();
        });

    public static List<T> Query<T>(this StateDatabase database, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters) =>
        Guard(() =>
        {
            using var connection = database.Open();
            return connection.Query(null, sql, read, parameters);
        });

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns normally.</summary>
    public static T InTransaction<T>(this StateDatabase database, Func<SqliteConnection, SqliteTransaction, T> work) =>
        Guard(() =>
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            var result = work(connection, transaction);
            transaction.Commit();
            return result;
        });

    public static List<T> Query<T>(this SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read,
        params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }

    public static int NonQuery(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.Command(transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static SqliteCommand Command(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Instants are stored as round-trip UTC text, which sorts in time order.</summary>
    public static string Utc(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException e)
        {
            throw new StateStoreException($"The state file refused the operation: {e.Message}", e);
        }
    }
}
