using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Rest;

/// <summary>
/// The Discord REST calls the bot makes. Implementations authenticate, respect rate limits and retry 429s and
/// transient failures within bounds; a refusal surfaces as <see cref="DiscordRestException"/>.
/// </summary>
public interface IDiscordRestClient
{
    /// <summary><c>GET /gateway/bot</c>.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <summary><c>POST /channels/{channelId}/messages</c>.</summary>
    Task<DiscordMessage> CreateMessageAsync(string channelId, MessageParams message, CancellationToken cancellationToken);

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the first response to an interaction received on the gateway.</summary>
    Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary><c>PATCH /webhooks/{applicationId}/{token}/messages/@original</c>: the answer after a deferred response.</summary>
    Task EditOriginalResponseAsync(string applicationId, string interactionToken, MessageParams message, CancellationToken cancellationToken);

    /// <summary><c>PUT /applications/{applicationId}[/guilds/{guildId}]/commands</c>: replaces the whole command set.</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(
        string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);
}
