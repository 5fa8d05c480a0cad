using ReportBot.Testing;

namespace ReportBot.Tests.Digest;

/// <summary>
/// Teams can't tell a resend from a new post, so a digest whose post may have arrived (no answer came back) is sent
/// at most once more; a post the connector plainly refused is retried as usual.
/// </summary>
public sealed class DigestUncertainPostTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private const string Conversation = "19:uncertain@thread.tacv2";

    private static (DigestHarness Harness, string SubscriptionId) Start(FakeBotConnector connector, Teams.Digest.TeamsDigestSender sender)
    {
        var h = new DigestHarness(Morning, sender);
        // Long enough for a cold first request, short enough for the hang cases (each waits it out).
        h.Options.SendTimeout = TimeSpan.FromSeconds(3);
        h.Options.MaxAttempts = 8;
        var subscription = h.Subscribe("msteams", Conversation, "09:00", "UTC", DigestPlatforms.TeamsReference(connector.ServiceUrl, Conversation));
        h.Clock.Advance(TimeSpan.FromMinutes(61));
        return (h, subscription.Id);
    }

    /// <summary>Scheduler passes a minute apart: more than enough for every retry the runner would make.</summary>
    private static async Task RunPassesAsync(DigestHarness h, int passes)
    {
        for (int pass = 0; pass < passes; pass++)
        {
            await h.Runner.RunOnceAsync(CancellationToken.None);
            h.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("hang")]
    public async Task A_connector_that_takes_posts_but_never_answers_gets_the_digest_at_most_twice(string fault)
    {
        await using var connector = await FakeBotConnector.StartAsync();
        for (int i = 0; i < 8; i++)
            if (fault == "drop") connector.DropNext(afterAccepting: true);
            else connector.HangNext(afterAccepting: true);
        var (sender, services) = DigestPlatforms.Teams();
        await using var _ = services;
        var (h, id) = Start(connector, sender);
        using (h)
        {
            await RunPassesAsync(h, 6);

            Assert.Equal(2, connector.Received.Count);
            var row = Assert.Single(new DeliveryLog(h.Database.Path).Rows(id));
            Assert.Equal("Failed", row.State);
            Assert.Contains("not posted again", row.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Refused_posts_are_retried_until_one_is_taken_and_the_conversation_gets_one_post()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        for (int i = 0; i < 4; i++) connector.FailNext(503);
        var (sender, services) = DigestPlatforms.Teams();
        await using var _ = services;
        var (h, id) = Start(connector, sender);
        using (h)
        {
            await RunPassesAsync(h, 6);

            Assert.Single(connector.Received);
            var row = Assert.Single(new DeliveryLog(h.Database.Path).Rows(id));
            Assert.Equal("Sent", row.State);
            Assert.Equal(5, row.Attempts);
        }
    }

    [Fact]
    public async Task After_a_crash_with_the_post_out_and_one_unanswered_resend_it_stops_at_two_posts()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var (sender, services) = DigestPlatforms.Teams();
        await using var _ = services;
        var (h, id) = Start(connector, sender);
        using (h)
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => h.NewRunner(new CrashBeforeMarkSentStore(h.Store)).RunOnceAsync(CancellationToken.None));
            Assert.Single(connector.Received);
            h.Restart();
            connector.DropNext(afterAccepting: true);
            await RunPassesAsync(h, 4);

            Assert.Equal(2, connector.Received.Count);
            Assert.Equal("Failed", Assert.Single(new DeliveryLog(h.Database.Path).Rows(id)).State);
        }
    }
}
