using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ReportBot.Core.Conversations;
using ReportBot.Core.Storage;

namespace ReportBot.State;

/// <summary>
/// Questions behind "More results" buttons, keyed by a hash of the question: the same question always gets the
/// same id, so asking it again adds nothing. Ids are 16 hex characters. Recent questions are also kept in memory, so
/// a button works at once, and still works if the state file refuses the write (it is queued, off the reply path).
/// </summary>
public sealed partial class SqliteQuestionMemory : IQuestionMemory
{
    private const int MaxRemembered = 10_000;

    /// <summary>Buttons older than this say the question has expired; their questions are deleted at start-up.</summary>
    public static TimeSpan KeepFor { get; } = TimeSpan.FromDays(30);

    private readonly StateDatabase _database;
    private readonly StateWriteQueue _writes;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, string> _recent = new(StringComparer.Ordinal);

    public SqliteQuestionMemory(StateDatabase database, StateWriteQueue writes, TimeProvider time, ILogger<SqliteQuestionMemory> logger)
    {
        _database = database;
        _writes = writes;
        _time = time;
        try
        {
            database.Execute("DELETE FROM questions WHERE created_utc < $cutoff", ("$cutoff", SqlCommands.Utc(time.GetUtcNow() - KeepFor)));
        }
        catch (StateStoreException e)
        {
            // Housekeeping only: a file that refuses writes must not keep the bot from starting.
            Log.CleanupFailed(logger, e.Message);
        }
    }

    public string Remember(string question)
    {
        string id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question)).AsSpan(0, 8));
        if (_recent.ContainsKey(id)) return id;
        if (_recent.Count >= MaxRemembered) _recent.Clear();
        _recent[id] = question;
        string created = SqlCommands.Utc(_time.GetUtcNow());
        _writes.Enqueue("question\u001f" + id, (connection, transaction) => connection.NonQuery(transaction,
            "INSERT OR IGNORE INTO questions (id, text, created_utc) VALUES ($id, $text, $created)",
            ("$id", id), ("$text", question), ("$created", created)));
        return id;
    }

    public string? Recall(string id) =>
        _recent.TryGetValue(id, out var question)
            ? question
            : _database.Query("SELECT text FROM questions WHERE id = $id", r => r.GetString(0), ("$id", id)).FirstOrDefault();

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Expired questions could not be deleted from the state file: {Error}")]
        public static partial void CleanupFailed(ILogger logger, string error);
    }
}
