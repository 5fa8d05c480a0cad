using Microsoft.Extensions.Logging.Abstractions;
using ReportBot.Core.Digest;
using ReportBot.State;
using ReportBot.Testing;

namespace ReportBot.Tests.Digest;

/// <summary>
/// A crash between "posted" and "marked done" (simulated by a store that throws on the first MarkSent), then a
/// restart on the same SQLite file, with the real platform senders talking to fake platforms over HTTP.
/// </summary>
public sealed class DigestCrashRecoveryTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task Discord_resend_after_a_crash_carries_the_same_nonce_and_the_channel_gets_one_message()
    {
        const string channel = "645027906669510667";
        await using var discord = await FakeDiscord.StartAsync();
        var (sender, services) = DigestPlatforms.Discord(discord.ApiBaseUrl);
        await using var _ = services;
        using var h = new DigestHarness(Morning, sender);
        var subscription = h.Subscribe("discord", channel, "09:00", "UTC");
        h.Clock.Advance(TimeSpan.FromMinutes(61));

        // The post goes out, then the process "dies" before the log hears of it.
        var crashing = new CrashBeforeMarkSentStore(h.Store);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => h.NewRunner(crashing).RunOnceAsync(CancellationToken.None));
        Assert.Single(discord.Rest.Messages);
        var log = new DeliveryLog(h.Database.Path);
        var pending = Assert.Single(log.Rows(subscription.Id));
        Assert.Equal(("2026-03-02", "Pending"), (pending.LocalDate, pending.State));

        // A new process: new store, new REST client, same file.
        var (sender2, services2) = DigestPlatforms.Discord(discord.ApiBaseUrl);
        await using var __ = services2;
        var restarted = new DigestRunner(new SqliteDigestStore(new StateDatabase(Path.GetDirectoryName(h.Database.Path)!)), h.Directory,
            [sender2], h.Catalog, Microsoft.Extensions.Options.Options.Create(h.Options), h.Clock, NullLogger<DigestRunner>.Instance);
        Assert.Equal(1, await restarted.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await restarted.RunOnceAsync(CancellationToken.None));

        var posts = discord.Rest.RequestsTo(FakeDiscordRestRoute.CreateMessage);
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal(200, p.Status));
        var nonces = posts.Select(p => p.Body!.Value.GetProperty("nonce").GetString()).ToList();
        Assert.All(posts, p => Assert.True(p.Body!.Value.GetProperty("enforce_nonce").GetBoolean()));
        Assert.Equal(pending.Nonce, nonces[0]);
        Assert.Equal(nonces[0], nonces[1]);
        Assert.InRange(nonces[0]!.Length, 1, 25);

        var message = Assert.Single(discord.Rest.Messages);
        Assert.Equal(channel, message.ChannelId);
        Assert.Contains("Recommendation of the day", message.Json.GetRawText());
        var done = Assert.Single(log.Rows(subscription.Id));
        Assert.Equal(("2026-03-02", "Sent"), (done.LocalDate, done.State));
        Assert.Equal(1, h.Store.SentCount(subscription.Id));
        Assert.Equal(Today, h.Store.Get(subscription.Id)!.LastLocalDate);
    }

    [Fact]
    public async Task Teams_resend_after_a_crash_posts_at_most_twice_and_the_log_ends_sent()
    {
        const string conversation = "19:general@thread.tacv2";
        await using var connector = await FakeBotConnector.StartAsync();
        var (sender, services) = DigestPlatforms.Teams();
        await using var _ = services;
        using var h = new DigestHarness(Morning, sender);
        var subscription = h.Subscribe("msteams", conversation, "09:00", "UTC", DigestPlatforms.TeamsReference(connector.ServiceUrl, conversation));
        h.Clock.Advance(TimeSpan.FromMinutes(61));

        await Assert.ThrowsAsync<SimulatedCrashException>(() => h.NewRunner(new CrashBeforeMarkSentStore(h.Store)).RunOnceAsync(CancellationToken.None));
        Assert.Single(connector.Received);
        var log = new DeliveryLog(h.Database.Path);
        Assert.Equal("Pending", Assert.Single(log.Rows(subscription.Id)).State);

        h.Restart();
        await h.Runner.RunOnceAsync(CancellationToken.None);
        await h.Runner.RunOnceAsync(CancellationToken.None);
        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.Runner.RunOnceAsync(CancellationToken.None);

        var posts = connector.Received.Where(a => a.ConversationId == conversation).ToList();
        Assert.Equal(2, posts.Count); // the post that went out before the crash, and its one resend: Teams has no nonce
        Assert.Equal(posts.Count, connector.Received.Count);
        Assert.All(posts, p =>
        {
            Assert.Contains("Recommendation of the day", p.Visible);
            Assert.Equal(conversation, p.Activity.GetProperty("conversation").GetProperty("id").GetString());
            Assert.Equal("28:bot", p.Activity.GetProperty("from").GetProperty("id").GetString());
            Assert.Null(p.ReplyToId);
        });
        Assert.Equal(posts[0].Visible, posts[^1].Visible); // the resend is the same recommendation, not a new one
        var done = Assert.Single(log.Rows(subscription.Id));
        Assert.Equal(("2026-03-02", "Sent"), (done.LocalDate, done.State));
    }
}
