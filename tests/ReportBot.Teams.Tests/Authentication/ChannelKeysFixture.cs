using ReportBot.Teams.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Teams.Tests.Authentication;

/// <summary>
/// One loopback metadata server for the channel tests: key A is endorsed for Teams, the Emulator, Web Chat and Direct Line,
/// key B for Skype only. Key C is never published.
/// </summary>
public sealed class ChannelKeysFixture : IAsyncLifetime
{
    public TestSigningKey KeyA { get; } = new("key-a", "msteams", "emulator", "webchat", "directline");

    public TestSigningKey KeyB { get; } = new("key-b", "skype");

    public TestSigningKey UnpublishedKey { get; } = new("key-c", "msteams");

    public FakeOpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeOpenIdServer.StartAsync(BotAuthTestKit.ChannelIssuer, KeyA, KeyB);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
    }
}
