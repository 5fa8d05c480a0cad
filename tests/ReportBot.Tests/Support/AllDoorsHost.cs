using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>
/// The real host with every door open against fakes: the chat page, local-mode <c>/api/messages</c> replying to a fake
/// Bot Connector, and <c>/discord/interactions</c> verifying with a key made for the test (Discord REST on a fake,
/// no gateway).
/// </summary>
public sealed class AllDoorsHost : IAsyncDisposable
{
    private AllDoorsHost(FakeDiscord discord, FakeBotConnector connector, DiscordTestKeys keys, TestBotHost host)
    {
        Discord = discord;
        Connector = connector;
        Keys = keys;
        Host = host;
    }

    public FakeDiscord Discord { get; }
    public FakeBotConnector Connector { get; }
    public DiscordTestKeys Keys { get; }
    public TestBotHost Host { get; }

    public static async Task<AllDoorsHost> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var discord = await FakeDiscord.StartAsync();
        var connector = await FakeBotConnector.StartAsync();
        var keys = new DiscordTestKeys();
        var settings = discord.Settings(gateway: false);
        settings["Discord:PublicKey"] = keys.PublicKeyHex;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return new AllDoorsHost(discord, connector, keys, await TestBotHost.StartAsync(settings));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Discord.DisposeAsync();
        Keys.Dispose();
    }
}
