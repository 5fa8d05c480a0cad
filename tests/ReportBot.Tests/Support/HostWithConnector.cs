using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>The bot host in local mode plus a fake Bot Connector for its replies, started and stopped per test.</summary>
public abstract class HostWithConnector : IAsyncLifetime
{
    protected TestBotHost Host { get; private set; } = null!;

    protected FakeBotConnector Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        Host = await TestBotHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
