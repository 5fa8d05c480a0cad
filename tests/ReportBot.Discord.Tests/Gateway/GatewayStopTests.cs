using Microsoft.Extensions.Logging;
using ReportBot.Discord.Gateway;

namespace ReportBot.Discord.Tests.Gateway;

public class GatewayStopTests
{
    [Fact]
    public async Task A_wrong_token_gets_4004_and_the_client_stops_with_one_clear_error()
    {
        const string wrongToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong.token";
        await using var h = await GatewayHarness.StartAsync(botToken: wrongToken);

        // Run has returned: the client makes no connection after that, so the one below is all there will be.
        await h.Run.WaitAsync(TimeSpan.FromSeconds(10));

        var status = h.Client.Status;
        Assert.Equal(GatewayState.Stopped, status.State);
        Assert.Equal(4004, status.CloseCode);
        Assert.Contains("authentication failed: check Discord:BotToken", status.Reason, StringComparison.Ordinal);
        var error = Assert.Single(h.Logger.Errors);
        Assert.Contains("authentication failed: check Discord:BotToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("4004", error.Message, StringComparison.Ordinal);
        Assert.Single(h.Fake.Connections);
        Assert.Equal(4004, h.Fake.Current.ServerCloseCode);
        h.Logger.AssertNeverLogged(wrongToken);
    }

    [Theory]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "disallowed intents")]
    public async Task Close_codes_that_reconnecting_cannot_fix_stop_the_client(int code, string reason)
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.ReadyAsync();

        await connection.CloseAsync(code, "scripted");
        await h.Run.WaitAsync(TimeSpan.FromSeconds(10)); // returned: no reconnect can follow

        Assert.Equal(GatewayState.Stopped, h.Client.Status.State);
        Assert.Equal(code, h.Client.Status.CloseCode);
        Assert.StartsWith(reason, h.Client.Status.Reason, StringComparison.Ordinal);
        Assert.Contains(h.Logger.Errors, e => e.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Single(h.Fake.Connections);
    }

    [Fact]
    public async Task An_identify_over_4096_bytes_is_never_sent()
    {
        string hugeToken = new('t', 5000);
        await using var h = await GatewayHarness.StartAsync(botToken: hugeToken, configure: fake => fake.BotToken = hugeToken);

        await h.Run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(GatewayState.Stopped, h.Client.Status.State);
        Assert.Contains("4096", h.Client.Status.Reason, StringComparison.Ordinal);
        var connection = Assert.Single(h.Fake.Connections);
        Assert.DoesNotContain(connection.Frames, f => f.Op == 2);
        Assert.All(connection.Frames, f => Assert.True(f.Size <= 4096, $"a {f.Size}-byte frame was sent"));
        Assert.Null(connection.ServerCloseCode); // no 4002 from the gateway
        await connection.WaitForEndAsync();
        Assert.Equal(1000, connection.ClientCloseCode);
        Assert.Contains(h.Logger.Entries, e => e.Level == LogLevel.Error);
    }
}
