using Microsoft.Extensions.Time.Testing;
using ReportBot.Core.Answers;
using ReportBot.Core.Feedback;
using ReportBot.Core.Options;
using ReportBot.State;
using ReportBot.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReportBot.Tests.Feedback;

public sealed class SqliteAnswerLogTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private StateWriteQueue? _writes;

    // Each open is a restart: the previous log's queued writes go in first, as the host's writer does at shutdown.
    private SqliteAnswerLog Open(int keepDays = 180)
    {
        _writes?.Dispose();
        var database = new StateDatabase(_data.Path);
        _writes = new StateWriteQueue(database, _clock);
        return new(database, _writes, MsOptions.Create(new FeedbackOptions { KeepDays = keepDays }), _clock, NullLogger<SqliteAnswerLog>.Instance);
    }

    private AnswerRecord Answer(string id, string question, AnswerStatus status = AnswerStatus.Answered, int skip = 0) =>
        new(id, "discord", question, status, 0.8, ["p-1", "p-2"], skip, _clock.GetUtcNow());

    [Fact]
    public void Entries_older_than_the_retention_are_deleted_when_the_log_is_opened_and_their_votes_with_them()
    {
        var log = Open();
        log.Record(Answer("a1", "old question"));
        Assert.Equal(FeedbackOutcome.Recorded, log.Vote("a1", "discord", "v1", FeedbackVote.Down, _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromDays(100));
        log.Record(Answer("a2", "recent question"));

        _clock.Advance(TimeSpan.FromDays(90)); // a1 is 190 days old, a2 is 90
        var reopened = Open(keepDays: 180);
        var summary = reopened.Summarize(DateTimeOffset.MinValue, 10);
        Assert.Equal(["recent question"], summary.Top.Select(t => t.Question));
        Assert.Empty(summary.MostDisliked);
        Assert.Equal(FeedbackOutcome.UnknownAnswer, reopened.Vote("a1", "discord", "v1", FeedbackVote.Up, _clock.GetUtcNow()));
    }

    [Fact]
    public async Task A_bot_that_runs_without_restarting_still_deletes_old_entries_once_a_day()
    {
        var log = Open(keepDays: 30);
        using var retention = new ReportBot.Hosting.AnswerLogRetention(log, _clock, NullLogger<ReportBot.Hosting.AnswerLogRetention>.Instance);
        var passes = System.Threading.Channels.Channel.CreateUnbounded<int>();
        retention.Pruned += deleted => passes.Writer.TryWrite(deleted);
        await retention.StartAsync(CancellationToken.None);
        log.Record(Answer("a1", "old question"));

        // One day at a time, waiting for each day's pass: a1 is past 30 days on day 31 and goes in that pass, not before.
        var deletedOnDay = new List<int>();
        for (int day = 1; day <= 32; day++)
        {
            if (day == 20) log.Record(Answer("a2", "recent question"));
            _clock.Advance(TimeSpan.FromDays(1));
            if (await passes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)) > 0) deletedOnDay.Add(day);
        }

        Assert.Equal([31], deletedOnDay);
        Assert.Equal(["recent question"], log.Summarize(DateTimeOffset.MinValue, 10).Top.Select(t => t.Question));
        await retention.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void The_pseudonym_key_is_made_once_and_kept_across_restarts()
    {
        byte[] first = Open().VoterKey();
        Assert.Equal(32, first.Length);
        Assert.Equal(first, Open().VoterKey());
        using var other = new TempFolder();
        Assert.NotEqual(first, new SqliteAnswerLog(new StateDatabase(other.Path), new StateWriteQueue(new StateDatabase(other.Path), _clock), MsOptions.Create(new FeedbackOptions()), _clock,
            NullLogger<SqliteAnswerLog>.Instance).VoterKey());
    }

    [Fact]
    public void Summaries_count_first_pages_only_and_respect_the_period()
    {
        var log = Open();
        log.Record(Answer("old", "asked long ago", AnswerStatus.NotCovered));
        _clock.Advance(TimeSpan.FromDays(40));
        log.Record(Answer("q1", "north korea"));
        log.Record(Answer("q1-page2", "north korea", skip: 3));
        log.Record(Answer("q2", "kimchi", AnswerStatus.NotCovered));
        log.Vote("q1-page2", "discord", "v1", FeedbackVote.Down, _clock.GetUtcNow());

        var summary = log.Summarize(_clock.GetUtcNow().AddDays(-30), 10);
        Assert.Equal(2, summary.Questions);
        Assert.Equal(1, summary.Abstained);
        Assert.Equal(0.5, summary.AbstentionRate);
        Assert.Equal(1, summary.Top.Single(t => t.Question == "north korea").Times);
        Assert.DoesNotContain(summary.Top, t => t.Question == "asked long ago");
        // A disliked second page makes its question "unanswered" too.
        Assert.Contains(summary.Unanswered, u => u.Question == "north korea" && !u.Abstained);
        Assert.Contains(summary.Unanswered, u => u.Question == "kimchi" && u.Abstained);
        Assert.Equal(["p-1", "p-2"], Assert.Single(summary.MostDisliked).PassageIds);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
