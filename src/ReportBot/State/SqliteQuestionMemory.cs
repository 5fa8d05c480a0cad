using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ReportBot.Core.Conversations;

namespace ReportBot.State;

/// <summary>
/// Questions behind "More results" buttons, keyed by a hash of the question: the same question always gets the
/// same id, so asking it again adds nothing. Ids are 16 hex characters.
/// </summary>
public sealed class SqliteQuestionMemory : IQuestionMemory
{
    private const int MaxRemembered = 10_000;

    /// <summary>Buttons older than this say the question has expired; their questions are deleted at start-up.</summary>
    public static TimeSpan KeepFor { get; } = TimeSpan.FromDays(30);

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SqliteQuestionMemory(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        database.Execute("DELETE FROM questions WHERE created_utc < $cutoff", ("$cutoff", SqlCommands.Utc(time.GetUtcNow() - KeepFor)));
    }

    // Ids already stored: a popular question is written once, not on every answer that offers "More results".
    private readonly ConcurrentDictionary<string, byte> _stored = new();

    public string Remember(string question)
    {
        string id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question)).AsSpan(0, 8));
        if (_stored.ContainsKey(id)) return id;
        Insert(id, question);
        if (_stored.Count >= MaxRemembered) _stored.Clear();
        _stored[id] = 0;
        return id;
    }

    private void Insert(string id, string question)
    {
        _database.Execute("INSERT OR IGNORE INTO questions (id, text, created_utc) VALUES ($id, $text, $created)",
            ("$id", id), ("$text", question), ("$created", SqlCommands.Utc(_time.GetUtcNow())));
    }

    public string? Recall(string id)
    {
        return _database.Query("SELECT text FROM questions WHERE id = $id", r => r.GetString(0), ("$id", id)).FirstOrDefault();
    }
}
