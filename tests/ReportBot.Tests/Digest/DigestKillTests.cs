using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.State;
using ReportBot.Testing;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Digest;

/// <summary>
/// kill -9 of a real bot process in the middle of a digest run: the SQLite file must stay readable, no subscription
/// or planned delivery may be lost, and the next run finishes the job with at most one resend per conversation.
/// </summary>
public sealed class DigestKillTests(ITestOutputHelper output)
{
    private const int Subscriptions = 300;

    [Fact]
    public async Task Killing_the_host_mid_run_loses_nothing_and_the_next_run_finishes_with_at_most_one_resend()
    {
        var total = Stopwatch.StartNew();
        using var data = new TempFolder();
        await using var connector = await SlowBotConnector.StartAsync(TimeSpan.FromMilliseconds(100));

        // Pre-populate the state file: 300 Teams channels, all due now (00:00 UTC, last posted yesterday).
        var conversations = Enumerable.Range(0, Subscriptions).Select(i => $"19:kill{i:000}@thread.tacv2").ToList();
        var now = DateTimeOffset.UtcNow;
        {
            var database = new StateDatabase(data.Path);
            var store = new SqliteDigestStore(database);
            using var writes = new StateWriteQueue(database, TimeProvider.System);
            var directory = new SqliteConversationDirectory(database, writes);
            foreach (var conversation in conversations)
            {
                directory.Save(new ConversationAddress("msteams", conversation, DigestPlatforms.TeamsReference(connector.ServiceUrl, conversation), Verified: true, now));
                store.Subscribe("msteams", conversation, new DigestTime(new TimeOnly(0, 0), "UTC"), "tester", now);
            }
            writes.Flush();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        var log = new DeliveryLog(Path.Combine(data.Path, StateDatabase.FileName));
        log.Execute("UPDATE digest_subscriptions SET last_local_date = date('now', '-1 day')");
        Assert.Equal(Subscriptions, log.Subscriptions().Count);

        int killedAt;
        using (var host = BotProcessHost.Start(RepositoryPaths.Corpus, data.Path, new Dictionary<string, string>
        {
            ["Digest__CheckInterval"] = "00:00:01",
            ["Digest__MaxParallelSends"] = "8",
        }, output))
        {
            var bot = host.Process;
            try
            {
                // Woken by each post, or by the bot's exit; the 45 s are a safety net (its failure is asserted below).
                var twenty = connector.WaitForTotalAsync(20, TimeSpan.FromSeconds(45));
                await Task.WhenAny(twenty, bot.WaitForExitAsync());
                Assert.False(bot.HasExited, $"the bot exited early with code {(bot.HasExited ? bot.ExitCode : 0)}");
                Assert.True(connector.Total >= 20, $"the bot posted only {connector.Total} digests in 45 s");
                bot.Kill(); // SIGKILL: no shutdown, no flush, no finally blocks
                await bot.WaitForExitAsync();
                killedAt = connector.Total;
            }
            finally
            {
                if (!bot.HasExited) bot.Kill(entireProcessTree: true);
            }
        }
        await Task.Delay(300); // requests already on the wire land at the fake
        int postedBeforeRestart = connector.Total;
        output.WriteLine($"killed after {killedAt} posts ({postedBeforeRestart} arrived in all), {total.ElapsedMilliseconds} ms into the test");
        Assert.True(postedBeforeRestart < Subscriptions, "the run finished before the kill: the test proved nothing");

        // The file opens, is intact, and still holds every subscription and one planned delivery for each.
        Assert.Equal("ok", log.IntegrityCheck());
        var subscriptions = log.Subscriptions();
        Assert.Equal(Subscriptions, subscriptions.Count);
        Assert.All(subscriptions, s => Assert.Null(s.PausedReason));
        var rows = log.Rows();
        Assert.Equal(Subscriptions, rows.Count);
        Assert.Equal(subscriptions.Select(s => s.Id).Order(), rows.Select(r => r.SubscriptionId).Order());
        var today = subscriptions[0].LastLocalDate;
        Assert.All(subscriptions, s => Assert.Equal(today, s.LastLocalDate));
        Assert.All(rows, r => Assert.Equal(today, r.LocalDate));
        Assert.All(rows, r => Assert.Contains(r.State, (string[])["Pending", "Sent"]));
        int sentBeforeKill = rows.Count(r => r.State == "Sent");
        int pendingAtKill = rows.Count(r => r.State == "Pending");
        Assert.True(pendingAtKill > 0);
        // Marked sent only after the connector took it.
        var byId = subscriptions.ToDictionary(s => s.Id, s => s.ConversationId);
        Assert.All(rows.Where(r => r.State == "Sent"), r => Assert.True(connector.Posts.GetValueOrDefault(byId[r.SubscriptionId]) >= 1));
        output.WriteLine($"at the kill: {sentBeforeKill} sent, {pendingAtKill} pending");

        // The next run (in-process, on the same file) finishes the job.
        var (sender, services) = DigestPlatforms.Teams();
        await using var _ = services;
        using var seed = new SeedReport();
        var restartedDatabase = new StateDatabase(data.Path);
        var runner = new DigestRunner(new SqliteDigestStore(restartedDatabase), new SqliteConversationDirectory(restartedDatabase, new StateWriteQueue(restartedDatabase, TimeProvider.System)), [sender],
            new DigestCatalog(seed.Library), Microsoft.Extensions.Options.Options.Create(new DigestOptions { MaxParallelSends = 32 }),
            TimeProvider.System, NullLogger<DigestRunner>.Instance);
        int resent = await runner.RunOnceAsync(CancellationToken.None);
        Assert.Equal(pendingAtKill, resent);
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.All(log.Rows(), r => Assert.Equal("Sent", r.State));
        Assert.Equal(Subscriptions, log.Rows().Count);
        Assert.All(conversations, c => Assert.InRange(connector.Posts.GetValueOrDefault(c), 1, 2));
        int twice = connector.Posts.Count(p => p.Value == 2);
        Assert.True(twice <= pendingAtKill);
        Assert.Equal(Subscriptions + twice, connector.Total);
        output.WriteLine($"{twice} conversations got their digest twice (posted, then killed before it was marked); total {total.ElapsedMilliseconds} ms");
    }
}
