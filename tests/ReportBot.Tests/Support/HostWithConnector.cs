using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>
/// The bot host in local mode plus a fake Bot Connector for its replies, started and stopped per test;
/// <see cref="Replies"/> says when the bot is done with each reply.
/// </summary>
public abstract class HostWithConnector : IAsyncLifetime
{
    protected TestBotHost Host { get; private set; } = null!;

    protected FakeBotConnector Connector { get; private set; } = null!;

    protected TeamsReplyLog Replies { get; } = new();

    public async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        Host = await TestBotHost.StartAsync(configure: builder => Replies.AddTo(builder.Logging));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        Replies.Dispose();
    }
}
