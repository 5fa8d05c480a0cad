using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Gateway;

/// <summary>What the gateway hands on to the bot, after its own session bookkeeping.</summary>
public interface IGatewayEventHandler
{
    /// <summary>READY: the bot's own user (to recognise mentions of itself and its own messages).</summary>
    Task OnReadyAsync(ReadyEvent ready, CancellationToken cancellationToken);

    /// <summary>MESSAGE_CREATE in a guild channel or a DM.</summary>
    Task OnMessageCreateAsync(DiscordMessage message, CancellationToken cancellationToken);

    /// <summary>INTERACTION_CREATE: answered through the interaction callback endpoint.</summary>
    Task OnInteractionCreateAsync(Interaction interaction, CancellationToken cancellationToken);
}
