using Microsoft.Extensions.Time.Testing;
using ReportBot.Discord.Gateway;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

public class GatewayReconnectTests
{
    [Fact]
    public async Task Op_7_reconnects_at_once_and_resumes()
    {
        var time = new FakeTimeProvider(); // the clock never moves: only an immediate reconnect can pass
        await using var h = await GatewayHarness.StartAsync(GatewayHarness.ClockSettings(jitter: 0), time);
        var first = await h.ReadyAsync();
        await first.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("before"));
        await h.WaitForMessageAsync("before");

        h.Fake.QueueMissedDispatch("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("during the reconnect"));
        await first.SendReconnectAsync();
        var second = await h.Fake.WaitForConnectionAsync(2);
        var resume = await second.WaitForFrameAsync(6);
        await h.WaitForMessageAsync("during the reconnect");

        Assert.True(second.IsResumeUrl);
        Assert.Equal(first.Session!.Id, resume.Get("session_id"));
        Assert.Equal(2, resume.GetNumber("seq"));
        Assert.NotEqual(1000, first.ClientCloseCode);
        Assert.DoesNotContain(second.Frames, f => f.Op == 2);
    }

    [Fact]
    public async Task Op_9_resumable_resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ReadyAsync();

        await first.SendInvalidSessionAsync(resumable: true);
        var second = await h.Fake.WaitForConnectionAsync(2);
        var resume = await second.WaitForFrameAsync(6);

        Assert.True(second.IsResumeUrl);
        Assert.Equal(first.Session!.Id, resume.Get("session_id"));
        Assert.Equal(1, resume.GetNumber("seq"));
        Assert.DoesNotContain(second.Frames, f => f.Op == 2);
    }

    [Fact]
    public async Task Op_9_not_resumable_identifies_afresh_on_the_original_url()
    {
        await using var h = await GatewayHarness.StartAsync(gatewayUrlFromRest: true);
        var first = await h.ReadyAsync();
        await first.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("old session"));
        await h.WaitForMessageAsync("old session");

        await first.SendInvalidSessionAsync(resumable: false);
        var second = await h.Fake.WaitForConnectionAsync(2);
        var identify = await second.WaitForFrameAsync(2);
        await h.WaitUntilAsync(() => h.Handler.Ready.Count == 2, "a second READY");

        Assert.False(second.IsResumeUrl);
        Assert.Equal(h.Fake.Path, second.Path);
        Assert.Equal(4609, identify.GetNumber("intents"));
        Assert.DoesNotContain(second.Frames, f => f.Op == 6);
        Assert.Null(second.Frames.First(f => f.Op == 1).HeartbeatSequence); // the old sequence is forgotten
        Assert.NotEqual(first.Session!.Id, second.Session!.Id);
        Assert.Equal(1, h.Rest.GatewayBotCalls); // the URL from GET /gateway/bot is cached
    }

    [Fact]
    public async Task Close_4000_reconnects_after_the_backoff_which_resets_once_resumed()
    {
        var time = new CountingTimeProvider();
        await using var h = await GatewayHarness.StartAsync(GatewayHarness.ClockSettings(jitter: 0), time);
        var first = await h.ReadyAsync();

        await first.CloseAsync(4000, "Unknown error.");
        var waiting = await h.WaitForStatusAsync(s => s.State == GatewayState.Reconnecting, "reconnecting");
        Assert.Equal(4000, waiting.CloseCode);
        Assert.Equal(TimeSpan.FromSeconds(1), waiting.RetryAt - waiting.Since);

        // Nothing came due on the client's clock, so no reconnect can be on its way: there may be one connection only.
        Assert.False(time.Advance(TimeSpan.FromMilliseconds(999)), "a timer of the client came due before the 1 s backoff");
        Assert.Single(h.Fake.Connections);

        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await h.Fake.WaitForConnectionAsync(2);
        await second.WaitForFrameAsync(6);
        Assert.True(second.IsResumeUrl);
        await h.WaitForStatusAsync(s => s.State == GatewayState.Connected, "connected after RESUMED");

        await second.CloseAsync(4000, "Unknown error.");
        var again = await h.WaitForStatusAsync(s => s.State == GatewayState.Reconnecting, "reconnecting again");
        Assert.Equal(TimeSpan.FromSeconds(1), again.RetryAt - again.Since);
    }

    [Fact]
    public async Task Failed_connects_wait_one_then_two_then_four_seconds()
    {
        var time = new FakeTimeProvider();
        await using var h = await GatewayHarness.StartAsync(GatewayHarness.ClockSettings(jitter: 0), time, gatewayUrl: "ws://127.0.0.1:1/gateway");

        foreach (int seconds in new[] { 1, 2, 4 })
        {
            var waiting = await h.WaitForStatusAsync(
                s => s.State == GatewayState.Reconnecting && s.RetryAt - s.Since == TimeSpan.FromSeconds(seconds), $"a {seconds} s wait");
            Assert.Contains("could not connect", waiting.Reason, StringComparison.Ordinal);
            time.Advance(TimeSpan.FromSeconds(seconds));
        }
        await h.WaitForStatusAsync(s => s.RetryAt - s.Since == TimeSpan.FromSeconds(8), "an 8 s wait");
    }
}
