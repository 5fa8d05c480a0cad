using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;

namespace ReportBot.Tests.Digest;

/// <summary>A sender that throws (a bug: senders report failures as results) costs one attempt, not the pass.</summary>
public sealed class DigestSenderBugTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_throwing_sender_fails_its_own_delivery_as_one_counted_attempt_and_the_other_posts_are_recorded()
    {
        var healthy = new RecordingSender("discord");
        var broken = new ThrowingSender("msteams", throws: 2);
        using var h = new DigestHarness(Morning, healthy, broken);
        var good = h.Subscribe("discord", "1500000000000000001", "09:00", "UTC");
        var bad = h.Subscribe("msteams", "19:broken@thread.tacv2", "09:00", "UTC");

        h.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await h.Runner.RunOnceAsync(CancellationToken.None));
        var log = new DeliveryLog(h.Database.Path);
        Assert.Equal(("Sent", 1), (log.Rows(good.Id).Single().State, log.Rows(good.Id).Single().Attempts));
        var failed = log.Rows(bad.Id).Single();
        Assert.Equal(("Pending", 1), (failed.State, failed.Attempts));
        Assert.StartsWith("InvalidOperationException", failed.Error);

        h.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(0, await h.Runner.RunOnceAsync(CancellationToken.None));
        h.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, await h.Runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(("Sent", 3), (log.Rows(bad.Id).Single().State, log.Rows(bad.Id).Single().Attempts));
        Assert.Single(healthy.Posts);
    }

    private sealed class ThrowingSender(string platform, int throws) : IDigestSender
    {
        private int _calls;

        public bool Serves(string p) => p == platform;

        public Task<DigestSendResult> SendAsync(ConversationAddress address, Reply message, string nonce, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) <= throws
                ? throw new InvalidOperationException("a bug in the sender")
                : Task.FromResult(DigestSendResult.Sent);
    }
}
