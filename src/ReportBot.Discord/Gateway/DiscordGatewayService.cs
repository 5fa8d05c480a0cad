namespace ReportBot.Discord.Gateway;

/// <summary>Runs <see cref="DiscordGatewayClient"/> for the lifetime of the host; all the logic is in the client.</summary>
public sealed class DiscordGatewayService(DiscordGatewayClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
