using ReportBot.Discord.Gateway;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

public class GatewayDispatchTests
{
    [Fact]
    public async Task A_failing_handler_is_logged_and_the_connection_carries_on()
    {
        await using var h = await GatewayHarness.StartAsync();
        h.Handler.OnMessage = (m, _) => m.Content == "boom" ? throw new InvalidOperationException("handler bug") : Task.CompletedTask;
        var connection = await h.ReadyAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("boom"));
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("next"));
        await h.WaitForMessageAsync("next");
        await h.WaitUntilAsync(() => h.Logger.Errors.Count > 0, "the handler error in the log");

        var error = Assert.Single(h.Logger.Errors);
        Assert.Equal("handler bug", error.Exception?.Message);
        Assert.Contains("MESSAGE_CREATE", error.Message, StringComparison.Ordinal);
        Assert.Single(h.Fake.Connections);
        Assert.Equal(GatewayState.Connected, h.Client.Status.State);
    }

    [Fact]
    public async Task Slow_handlers_do_not_hold_up_later_events_until_the_limit_is_reached()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await GatewayHarness.StartAsync(GatewayHarness.FastSettings(maxHandlers: 2));
        h.Handler.OnMessage = (m, _) => m.Content!.StartsWith("slow", StringComparison.Ordinal) ? release.Task : Task.CompletedTask;
        var connection = await h.ReadyAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("slow 1"));
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("fast"));
        await h.WaitForMessageAsync("fast"); // passed the blocked "slow 1"
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("slow 2"));
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("slow 3"));
        await h.WaitUntilAsync(() => h.Handler.Started.Any(m => m.Content == "slow 2"), "slow 2 to start");
        await Task.Delay(200);
        Assert.DoesNotContain(h.Handler.Started, m => m.Content == "slow 3"); // both slots are taken

        release.SetResult();
        // slow 3 can finish before slow 1 or slow 2 has recorded its own end (it takes the first slot freed): wait for each.
        foreach (string content in (string[])["slow 1", "slow 2", "slow 3"]) await h.WaitForMessageAsync(content);
        Assert.Equal(4, h.Handler.Messages.Count);
    }

    [Fact]
    public async Task A_handler_that_blocks_its_thread_does_not_block_the_receive_loop()
    {
        using var release = new ManualResetEventSlim();
        await using var h = await GatewayHarness.StartAsync();
        h.Handler.OnMessage = (m, _) =>
        {
            if (m.Content == "blocking") release.Wait(TimeSpan.FromSeconds(10));
            return Task.CompletedTask;
        };
        var connection = await h.ReadyAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("blocking"));
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("after"));
        await h.WaitForMessageAsync("after");

        Assert.DoesNotContain(h.Handler.Messages, m => m.Content == "blocking");
        release.Set();
        await h.WaitForMessageAsync("blocking");
    }

    [Fact]
    public async Task A_message_larger_than_the_receive_buffer_arrives_whole()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.ReadyAsync();
        string content = string.Concat(Enumerable.Repeat("0123456789", 20_000));

        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate(content));

        await h.WaitForMessageAsync(content);
    }

    [Fact]
    public async Task A_malformed_dispatch_is_skipped()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.ReadyAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", new System.Text.Json.Nodes.JsonObject { ["id"] = 12 });
        await connection.SendDispatchAsync("MESSAGE_CREATE", FakeDiscordGatewayPayloads.MessageCreate("fine"));
        await h.WaitForMessageAsync("fine");

        Assert.Single(h.Handler.Messages);
        Assert.Contains(h.Logger.Entries, e => e.Message.Contains("malformed", StringComparison.Ordinal));
    }
}
