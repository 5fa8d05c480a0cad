using ReportBot.Discord.Gateway;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

public class GatewayZombieTests
{
    [Fact]
    public async Task Without_heartbeat_acks_the_client_closes_resumes_and_gets_the_missed_events()
    {
        await using var h = await GatewayHarness.StartAsync(configure: fake => fake.HeartbeatInterval = TimeSpan.FromMilliseconds(150));
        var first = await h.ReadyAsync();
        await first.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("before"));
        await h.WaitForMessageAsync("before");

        first.AckHeartbeats = false;
        h.Fake.QueueMissedDispatch("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("missed while zombied"));
        await first.WaitForEndAsync();
        var second = await h.Fake.WaitForConnectionAsync(2);
        var resume = await second.WaitForFrameAsync(6);
        await h.WaitForMessageAsync("missed while zombied");

        Assert.NotNull(first.ClientCloseCode);
        Assert.NotEqual(1000, first.ClientCloseCode);
        Assert.NotEqual(1001, first.ClientCloseCode);
        Assert.True(second.IsResumeUrl, $"reconnected to {second.Path}, not the resume_gateway_url");
        Assert.Equal("?v=10&encoding=json", second.QueryString);
        Assert.Equal(h.BotToken, resume.Get("token"));
        Assert.Equal(first.Session!.Id, resume.Get("session_id"));
        Assert.Equal(2, resume.GetNumber("seq"));
        Assert.DoesNotContain(second.Frames, f => f.Op == 2);
        await h.WaitForStatusAsync(s => s.State == GatewayState.Connected, "connected after RESUMED");
        Assert.Contains(h.Logger.Entries, e => e.Message.Contains("zombied", StringComparison.Ordinal));
    }
}
