using System.Text;
using ReportBot.Discord.Gateway;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

public class GatewayConnectionTests
{
    [Theory]
    [InlineData("wss://gateway.discord.gg", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway-us-east1-b.discord.gg/", "wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json")]
    [InlineData("wss://gateway.discord.gg/?v=9&encoding=etf", "wss://gateway.discord.gg/?v=10&encoding=json")]
    [InlineData("ws://127.0.0.1:5000/gateway", "ws://127.0.0.1:5000/gateway?v=10&encoding=json")]
    public void Connects_with_api_v10_and_json_encoding(string url, string expected)
    {
        Assert.Equal(expected, GatewayConnection.BuildUri(url).AbsoluteUri);
    }

    [Fact]
    public async Task A_frame_over_4096_bytes_is_refused_before_it_is_sent()
    {
        await using var fake = await FakeDiscordGateway.StartAsync();
        await using var connection = await GatewayConnection.ConnectAsync(fake.GatewayUrl, CancellationToken.None);
        var server = await fake.WaitForConnectionAsync(1);

        var tooLarge = await Assert.ThrowsAsync<GatewayFrameTooLargeException>(
            () => connection.SendAsync(Heartbeat(4097), CancellationToken.None));
        await connection.SendAsync(Heartbeat(4096), CancellationToken.None);

        var received = await server.WaitForFrameAsync(1);
        Assert.Equal(4097, tooLarge.Size);
        Assert.Equal(4096, received.Size);
        Assert.Single(server.Frames);
        Assert.Null(server.ServerCloseCode);
    }

    [Fact]
    public async Task Receives_whole_messages_and_reports_the_close_code()
    {
        await using var fake = await FakeDiscordGateway.StartAsync();
        await using var connection = await GatewayConnection.ConnectAsync(fake.GatewayUrl, CancellationToken.None);
        var server = await fake.WaitForConnectionAsync(1);

        string hello = Encoding.UTF8.GetString((await connection.ReceiveAsync(CancellationToken.None))!.Value.Span);
        await server.CloseAsync(4000, "Unknown error.");
        var closed = await connection.ReceiveAsync(CancellationToken.None);

        Assert.Contains("\"heartbeat_interval\":41250", hello, StringComparison.Ordinal);
        Assert.Null(closed);
        Assert.Equal(4000, connection.CloseStatus);
        await server.WaitForEndAsync();
        Assert.Equal(4000, server.ClientCloseCode);
    }

    /// <summary>A heartbeat padded with an extra field to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Heartbeat(int size)
    {
        const string start = "{\"op\":1,\"d\":null,\"pad\":\"";
        const string end = "\"}";
        var frame = Encoding.UTF8.GetBytes(start + new string('x', size - start.Length - end.Length) + end);
        Assert.Equal(size, frame.Length);
        return frame;
    }
}
