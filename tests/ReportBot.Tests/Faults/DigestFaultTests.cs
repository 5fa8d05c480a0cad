using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Core.Telemetry;
using ReportBot.State;
using ReportBot.Testing;
using ReportBot.Tests.Digest;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Faults;

/// <summary>
/// The real host's digest scheduler (a pass every second) posting to a fake Discord and a fake Bot Connector that
/// fail on purpose while digests are due: 5xx beyond the clients' own retries, 429s, no answer, cut connections.
/// Every due delivery ends "Sent" in the state file once the faults are over, and every conversation gets its
/// digest once.
/// </summary>
public sealed class DigestFaultTests(ITestOutputHelper output)
{
    private static readonly string[] DiscordChannels = ["1400000000000000001", "1400000000000000002", "1400000000000000003", "1400000000000000004"];
    private static readonly string[] TeamsConversations = ["19:digest-a@thread.tacv2", "19:digest-b@thread.tacv2", "19:digest-c@thread.tacv2", "19:digest-d@thread.tacv2"];

    [Fact]
    public async Task Digests_due_while_discord_and_teams_fail_each_end_sent_and_are_posted_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        var errors = new ErrorLogCapture();
        var settings = discord.Settings(gateway: false);
        settings["Discord:Rest:RetryDelay"] = "00:00:00.050";
        settings["Discord:Rest:RequestTimeout"] = "00:00:01";
        settings["Teams:ConnectorTimeout"] = "00:00:03";
        settings["Digest:CheckInterval"] = "00:00:01";
        settings["Digest:MaxParallelSends"] = "1"; // one post at a time, so each scripted fault meets the post it is meant for
        await using var host = await TestBotHost.StartAsync(settings, builder => builder.Logging.AddProvider(errors));

        // Discord: a post that fails all four attempts (so that digest waits for a later pass), one Discord took but
        // never confirmed, one cut after Discord took it, and a global 429.
        discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.ServerError(), times: 4);
        discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.Hang(afterHandling: true));
        discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.Drop(afterHandling: true));
        discord.Rest.Script(FakeDiscordRestRoute.CreateMessage, FakeDiscordRestReply.RateLimited(TimeSpan.FromSeconds(1), global: true));
        // Teams: the same, except that what the connector never took (Teams cannot recognise a resend).
        for (int i = 0; i < 4; i++) connector.FailNext(500);
        connector.HangNext();
        connector.DropNext();
        connector.FailNext(429, TimeSpan.FromSeconds(1));

        // The runner counts each delivery it marked sent on the host's meter; 45 s is a safety net.
        using var deliveries = new MetricCollector<long>(host.App.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, "reportbot.digest.deliveries");
        SubscribeAllDueNow(host, connector.ServiceUrl);
        await WaitForSentAsync(deliveries, 8, TimeSpan.FromSeconds(45));
        // A pass of our own once all are sent: it must find nothing to send again (a pass the scheduler may still be
        // finishing has nothing left to send either).
        Assert.Equal(0, await host.App.Services.GetRequiredService<DigestRunner>().RunOnceAsync(CancellationToken.None));
        var log = new DeliveryLog(Path.Combine(host.DataPath, StateDatabase.FileName));
        var rows = log.Rows();
        foreach (var row in rows) output.WriteLine($"{row.SubscriptionId} {row.LocalDate} {row.State} after {row.Attempts} attempt(s) {row.Error}");

        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal("Sent", r.State));
        // Each of these failed one pass: Discord's and Teams' 4 × 500, and Teams' hang and cut connection. The rest
        // was made good within the same pass (Discord drops a resend by its nonce; 429s are waited out).
        Assert.Equal(4, rows.Count(r => r.Attempts == 2));
        Assert.Equal(4, rows.Count(r => r.Attempts == 1));
        foreach (string channel in DiscordChannels) Assert.Single(discord.Rest.Messages, m => m.ChannelId == channel);
        foreach (string conversation in TeamsConversations) Assert.Single(connector.Received, a => a.ConversationId == conversation);
        Assert.Equal("Healthy", await host.Client.GetStringAsync("/readyz"));
        Assert.True(errors.Errors.Count == 0, errors.Describe());
    }

    /// <summary>Waits, woken by each delivery the runner records, until <paramref name="count"/> of them were "sent".</summary>
    private static async Task WaitForSentAsync(MetricCollector<long> deliveries, int count, TimeSpan safetyNet)
    {
        using var timeout = new CancellationTokenSource(safetyNet);
        var seen = deliveries.GetMeasurementSnapshot();
        try
        {
            // One snapshot per look: the next wait is for one more measurement than this very snapshot holds.
            while (seen.Count(m => m.Tags["outcome"] is "sent") < count)
            {
                await deliveries.WaitForMeasurementsAsync(seen.Count + 1, timeout.Token);
                seen = deliveries.GetMeasurementSnapshot();
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"fewer than {count} digests were marked sent within {safetyNet.TotalSeconds} s: "
                + string.Join(", ", deliveries.GetMeasurementSnapshot().Select(m => m.Tags["outcome"])));
        }
    }

    /// <summary>Subscriptions at 00:00 UTC last posted yesterday: due at the scheduler's next pass.</summary>
    private static void SubscribeAllDueNow(TestBotHost host, string serviceUrl)
    {
        var store = host.App.Services.GetRequiredService<IDigestStore>();
        var directory = host.App.Services.GetRequiredService<IConversationDirectory>();
        var now = DateTimeOffset.UtcNow;
        var midnight = new DigestTime(new TimeOnly(0, 0), "UTC");
        foreach (string channel in DiscordChannels)
        {
            directory.Save(new ConversationAddress("discord", channel, channel, Verified: true, now));
            store.Subscribe("discord", channel, midnight, "tester", now);
        }
        foreach (string conversation in TeamsConversations)
        {
            directory.Save(new ConversationAddress("msteams", conversation, DigestPlatforms.TeamsReference(serviceUrl, conversation), Verified: true, now));
            store.Subscribe("msteams", conversation, midnight, "tester", now);
        }
        new DeliveryLog(Path.Combine(host.DataPath, StateDatabase.FileName)).Execute("UPDATE digest_subscriptions SET last_local_date = date('now', '-1 day')");
    }
}
