using ReportBot.Discord.Rest;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>Answers <c>GET /gateway/bot</c> with a fixed URL and counts the calls; nothing else is expected.</summary>
internal sealed class StubDiscordRestClient(string gatewayUrl) : IDiscordRestClient
{
    private int _gatewayBotCalls;

    public int GatewayBotCalls => Volatile.Read(ref _gatewayBotCalls);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _gatewayBotCalls);
        return Task.FromResult(new GatewayBotInfo { Url = gatewayUrl, Shards = 1 });
    }

    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageParams message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task EditOriginalResponseAsync(string applicationId, string interactionToken, MessageParams message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(
        string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
