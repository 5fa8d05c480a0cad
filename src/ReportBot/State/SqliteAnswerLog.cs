using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Feedback;
using ReportBot.Core.Options;
using ReportBot.Core.Storage;

namespace ReportBot.State;

/// <summary>
/// The answer log and votes in the SQLite state file. Entries older than <see cref="FeedbackOptions.KeepDays"/>
/// are deleted when the log is opened and once a day after, so the file holds a bounded window of questions.
/// </summary>
public sealed partial class SqliteAnswerLog : IAnswerLog
{
    private const string AnsweredStatus = "answered";
    private const string AbstainedStatus = "abstained";

    private readonly StateDatabase _database;
    private readonly StateWriteQueue _writes;

    private readonly IOptions<FeedbackOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteAnswerLog> _logger;

    public SqliteAnswerLog(StateDatabase database, StateWriteQueue writes, IOptions<FeedbackOptions> options, TimeProvider time, ILogger<SqliteAnswerLog> logger)
    {
        _database = database;
        _writes = writes;
        _options = options;
        _time = time;
        _logger = logger;
        DeleteExpired();
    }

    /// <summary>
    /// Deletes entries older than <see cref="FeedbackOptions.KeepDays"/> and their votes; run when the log is opened and
    /// daily by <see cref="Hosting.AnswerLogRetention"/>, so a bot that runs for months keeps only the window it promises.
    /// </summary>
    /// <returns>How many answers were deleted; 0 when the file refused the write (logged).</returns>
    public int DeleteExpired()
    {
        string cutoff = SqlCommands.Utc(_time.GetUtcNow() - TimeSpan.FromDays(_options.Value.KeepDays));
        try
        {
            // Queued answers may be older than the cutoff too: they go first, then the cut.
            _writes.Flush();
            return _database.InTransaction((connection, transaction) =>
            {
                int deleted = connection.NonQuery(transaction, "DELETE FROM answer_log WHERE created_utc < $cutoff", ("$cutoff", cutoff));
                connection.NonQuery(transaction, "DELETE FROM answer_votes WHERE answer_id NOT IN (SELECT id FROM answer_log)");
                return deleted;
            });
        }
        catch (StateStoreException e)
        {
            // Retention is housekeeping: a file that refuses writes must not keep the bot from starting or answering.
            Log.RetentionFailed(_logger, e.Message);
            return 0;
        }
    }

    /// <summary>
    /// The key behind voter pseudonyms, made on first use and kept in the state file, so the same person keeps one
    /// pseudonym across restarts while nobody without the file can compute it.
    /// </summary>
    public byte[] VoterKey() => new InstallationKeys(_database).GetOrCreate("voter-pseudonyms");

    /// <summary>Queued, off the reply path: an answer never waits for (or fails on) the log.</summary>
    public void Record(AnswerRecord answer)
    {
        string passages = JsonSerializer.Serialize(answer.PassageIds, StateJsonContext.Default.IReadOnlyListString);
        _writes.Enqueue("answer\u001f" + answer.Id, (connection, transaction) => connection.NonQuery(transaction, """
            INSERT OR IGNORE INTO answer_log (id, platform, question, status, confidence, passage_ids, skip, created_utc)
            VALUES ($id, $platform, $question, $status, $confidence, $passages, $skip, $created)
            """,
            ("$id", answer.Id), ("$platform", answer.Platform), ("$question", answer.Question),
            ("$status", answer.Status == AnswerStatus.Answered ? AnsweredStatus : AbstainedStatus), ("$confidence", answer.Confidence),
            ("$passages", passages), ("$skip", answer.Skip), ("$created", SqlCommands.Utc(answer.At))));
    }

    public FeedbackOutcome Vote(string answerId, string platform, string voter, FeedbackVote vote, DateTimeOffset at)
    {
        // The answer's row may still be queued; a vote needs it in the file.
        _writes.Flush();
        return _database.InTransaction((connection, transaction) =>
        {
            if (connection.Query(transaction, "SELECT 1 FROM answer_log WHERE id = $id AND platform = $platform", r => 1,
                    ("$id", answerId), ("$platform", platform)).Count == 0)
                return FeedbackOutcome.UnknownAnswer;
            var previous = connection.Query(transaction, "SELECT vote FROM answer_votes WHERE answer_id = $id AND voter = $voter",
                r => r.GetInt32(0), ("$id", answerId), ("$voter", voter));
            if (previous.Count == 1 && previous[0] == (int)vote) return FeedbackOutcome.Unchanged;
            connection.NonQuery(transaction, """
                INSERT INTO answer_votes (answer_id, voter, vote, updated_utc) VALUES ($id, $voter, $vote, $at)
                ON CONFLICT (answer_id, voter) DO UPDATE SET vote = excluded.vote, updated_utc = excluded.updated_utc
                """, ("$id", answerId), ("$voter", voter), ("$vote", (int)vote), ("$at", SqlCommands.Utc(at)));
            return previous.Count == 0 ? FeedbackOutcome.Recorded : FeedbackOutcome.Changed;
        });
    }

    public AnswerLogSummary Summarize(DateTimeOffset since, int top)
    {
        _writes.Flush();
        using var connection = _database.Open();
        var from = ("$since", (object?)SqlCommands.Utc(since));
        var limit = ("$top", (object?)top);
        // "More results" pages are logged for their votes but are not new questions.
        var totals = connection.Query(null, $"""
            SELECT count(*), coalesce(sum(status = '{AbstainedStatus}'), 0) FROM answer_log WHERE skip = 0 AND created_utc >= $since
            """, r => (r.GetInt32(0), r.GetInt32(1)), from)[0];
        var asked = connection.Query(null, $"""
            SELECT question, count(*) AS times, sum(status = '{AbstainedStatus}') FROM answer_log
            WHERE skip = 0 AND created_utc >= $since GROUP BY question ORDER BY times DESC, question LIMIT $top
            """, r => new AskedQuestion(r.GetString(0), r.GetInt32(1), r.GetInt32(2)), from, limit);
        var disliked = connection.Query(null, """
            SELECT a.question, a.passage_ids, sum(v.vote < 0) AS down, sum(v.vote > 0) AS up
            FROM answer_log a JOIN answer_votes v ON v.answer_id = a.id
            WHERE a.created_utc >= $since GROUP BY a.question, a.passage_ids HAVING down > 0
            ORDER BY down DESC, up, a.question LIMIT $top
            """, r => new DislikedAnswer(r.GetString(0), Passages(r.GetString(1)), r.GetInt32(2), r.GetInt32(3)), from, limit);
        var unanswered = connection.Query(null, $"""
            SELECT question, count(*) AS times, max(abstained), max(created_utc) AS last FROM (
                SELECT question, 1 AS abstained, created_utc FROM answer_log
                WHERE status = '{AbstainedStatus}' AND skip = 0 AND created_utc >= $since
                UNION ALL
                SELECT a.question, 0, a.created_utc FROM answer_log a
                WHERE a.status = '{AnsweredStatus}' AND a.created_utc >= $since
                  AND (SELECT sum(vote) FROM answer_votes v WHERE v.answer_id = a.id) < 0)
            GROUP BY question ORDER BY times DESC, last DESC LIMIT $top
            """, r => new UnansweredQuestion(r.GetString(0), r.GetInt32(1), r.GetInt32(2) == 1,
                DateTimeOffset.Parse(r.GetString(3), System.Globalization.CultureInfo.InvariantCulture)), from, limit);
        var dislikedPassages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (question, passages) in connection.Query(null, $"""
            SELECT a.question, a.passage_ids FROM answer_log a
            WHERE a.status = '{AnsweredStatus}' AND a.created_utc >= $since
              AND (SELECT sum(vote) FROM answer_votes v WHERE v.answer_id = a.id) < 0
            """, r => (r.GetString(0), Passages(r.GetString(1))), from))
        {
            if (!dislikedPassages.TryGetValue(question, out var set)) dislikedPassages[question] = set = new(StringComparer.Ordinal);
            set.UnionWith(passages);
        }
        unanswered = unanswered.Select(u => dislikedPassages.TryGetValue(u.Question, out var ids)
            ? u with { DislikedPassages = ids.Order(StringComparer.Ordinal).ToList() } : u).ToList();
        return new AnswerLogSummary(totals.Item1, totals.Item2, asked, disliked, unanswered);
    }

    private static IReadOnlyList<string> Passages(string json) =>
        JsonSerializer.Deserialize(json, StateJsonContext.Default.IReadOnlyListString) ?? [];

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Old answer-log entries could not be deleted from the state file: {Error}")]
        public static partial void RetentionFailed(ILogger logger, string error);
    }
}
