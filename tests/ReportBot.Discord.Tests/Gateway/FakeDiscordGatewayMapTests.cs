using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ReportBot.Discord.Gateway;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>The fake gateway mounted into an app that serves other fake endpoints too (as a fake REST API would).</summary>
public class FakeDiscordGatewayMapTests
{
    [Fact]
    public async Task Mapped_into_another_app_it_speaks_next_to_its_endpoints()
    {
        FakeDiscordGateway? gateway = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            gateway = FakeDiscordGateway.Map(app, "/discord-gateway");
            app.MapGet("/api/v10/gateway/bot", (HttpContext context) =>
                Results.Json(new { url = $"ws://{context.Request.Host}/discord-gateway", shards = 1 }));
        });
        var fake = gateway!;
        await using (app)
        await using (fake)
        {
            using var http = new HttpClient { BaseAddress = address };
            string info = await http.GetStringAsync("/api/v10/gateway/bot");
            await using var connection = await GatewayConnection.ConnectAsync(fake.GatewayUrl, CancellationToken.None);
            string hello = Encoding.UTF8.GetString((await connection.ReceiveAsync(CancellationToken.None))!.Value.Span);

            Assert.Contains(fake.GatewayUrl, info, StringComparison.Ordinal);
            Assert.Contains("\"op\":10", hello, StringComparison.Ordinal);
            Assert.Equal("/discord-gateway", (await fake.WaitForConnectionAsync(1)).Path);
        }
    }
}
