using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReportBot.Discord.Gateway;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

public class DiscordGatewayServiceTests
{
    [Fact]
    public async Task Without_a_bot_token_the_gateway_stays_disabled()
    {
        var client = NewClient(new DiscordOptions { BotToken = null, GatewayUrl = "ws://127.0.0.1:1/gateway" });
        using var service = new DiscordGatewayService(client);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(GatewayState.Disabled, client.Status.State);
    }

    [Fact]
    public async Task The_service_connects_and_closes_with_1000_when_the_host_stops()
    {
        await using var fake = await FakeDiscordGateway.StartAsync();
        var client = NewClient(new DiscordOptions { BotToken = fake.BotToken, GatewayUrl = fake.GatewayUrl });
        var statusChanged = new ChangeSignal();
        client.StatusChanged += _ => statusChanged.Pulse();
        using var service = new DiscordGatewayService(client);

        await service.StartAsync(CancellationToken.None);
        var connection = await fake.WaitForConnectionAsync(1);
        await statusChanged.WaitUntilAsync(() => client.Status.State == GatewayState.Connected, GatewayHarness.Timeout, () => $"connected (last: {client.Status})");
        await service.StopAsync(CancellationToken.None);
        await connection.WaitForEndAsync();

        Assert.Equal(1000, connection.ClientCloseCode);
        Assert.Equal(GatewayState.Stopped, client.Status.State);
        Assert.Single(fake.Connections);
    }

    [Fact]
    public void The_client_and_the_service_resolve_from_the_container()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Options.Create(new DiscordOptions { BotToken = "t" }));
        services.AddSingleton<IDiscordRestClient>(new StubDiscordRestClient("ws://127.0.0.1:1/unused"));
        services.AddSingleton<IGatewayEventHandler, RecordingGatewayHandler>();
        services.AddLogging();
        services.AddDiscordGateway();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<DiscordGatewayClient>();
        var hosted = provider.GetServices<IHostedService>();

        Assert.IsType<DiscordGatewayService>(Assert.Single(hosted));
        Assert.Equal(GatewayState.NotStarted, client.Status.State);
    }

    private static DiscordGatewayClient NewClient(DiscordOptions options) =>
        new(Options.Create(options), new StubDiscordRestClient("ws://127.0.0.1:1/unused"), new RecordingGatewayHandler(), TimeProvider.System,
            new ListLogger<DiscordGatewayClient>(), GatewayHarness.FastSettings());
}
