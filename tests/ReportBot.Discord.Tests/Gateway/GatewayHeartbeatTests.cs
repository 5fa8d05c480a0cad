using Microsoft.Extensions.Time.Testing;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>Heartbeat timing on a <see cref="FakeTimeProvider"/>: no heartbeat is sent unless the test moves the clock.</summary>
public class GatewayHeartbeatTests
{
    [Fact]
    public async Task The_first_heartbeat_waits_interval_times_jitter_and_each_carries_the_last_sequence()
    {
        var time = new CountingTimeProvider();
        await using var h = await GatewayHarness.StartAsync(GatewayHarness.ClockSettings(jitter: 0.5), time, fake => fake.HeartbeatInterval = TimeSpan.FromSeconds(1));
        var connection = await h.ReadyAsync();
        await connection.SendDispatchAsync("GUILD_CREATE", FakeDiscordGatewayPayloads.GuildCreate());
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("third"));
        await h.WaitForMessageAsync("third");

        // Nothing came due on the client's clock, so no heartbeat can be on its way: none may have arrived.
        Assert.False(time.Advance(TimeSpan.FromMilliseconds(499)), "a timer of the client came due before interval × jitter");
        Assert.DoesNotContain(connection.Frames, f => f.Op == 1);

        time.Advance(TimeSpan.FromMilliseconds(1));
        var first = await connection.WaitForFrameAsync(1);
        Assert.Equal(3, first.HeartbeatSequence);

        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("fourth"));
        await h.WaitForMessageAsync("fourth"); // frames are handled in order, so the ACK before it was seen too
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await connection.WaitForFrameAsync(1, f => !ReferenceEquals(f, first));

        Assert.Equal(4, second.HeartbeatSequence);
        Assert.Null(connection.ClientCloseCode);
        Assert.Single(h.Fake.Connections);
    }

    [Fact]
    public async Task A_heartbeat_requested_by_the_gateway_is_sent_at_once()
    {
        var time = new FakeTimeProvider();
        await using var h = await GatewayHarness.StartAsync(GatewayHarness.ClockSettings(jitter: 0.5), time);
        var connection = await h.ReadyAsync();
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("second"));
        await h.WaitForMessageAsync("second");

        await connection.RequestHeartbeatAsync();
        var heartbeat = await connection.WaitForFrameAsync(1);

        Assert.Equal(2, heartbeat.HeartbeatSequence);
    }

    [Fact]
    public async Task Before_any_dispatch_a_heartbeat_carries_null()
    {
        var time = new FakeTimeProvider();
        await using var h = await GatewayHarness.StartAsync(GatewayHarness.ClockSettings(jitter: 0), time);

        var connection = await h.Fake.WaitForConnectionAsync(1);
        var heartbeat = await connection.WaitForFrameAsync(1);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, heartbeat.Data.ValueKind);
    }
}
