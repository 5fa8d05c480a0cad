using ReportBot.Discord.Gateway;
using ReportBot.Discord.Interactions;
using ReportBot.Discord.Messages;
using ReportBot.Discord.Rest;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Hosting;

/// <summary>Routes gateway events: READY teaches the bot its own id, messages and interactions are answered.</summary>
public sealed partial class DiscordGatewayEvents(
    MessageReplier messages,
    InteractionProcessor interactions,
    IDiscordRestClient rest,
    ILogger<DiscordGatewayEvents> logger) : IGatewayEventHandler
{
    public Task OnReadyAsync(ReadyEvent ready, CancellationToken cancellationToken)
    {
        // Without its own id the bot cannot tell mentions of itself, nor its own messages: such a READY must not
        // replace the id it has.
        if (ready.User is not { Id: { Length: > 0 } self })
        {
            Log.Malformed(logger, "READY", "no user id");
            return Task.CompletedTask;
        }
        messages.SelfId = self;
        Log.Ready(logger, ready.User.Username ?? self);
        return Task.CompletedTask;
    }

    public Task OnMessageCreateAsync(DiscordMessage message, CancellationToken cancellationToken) =>
        messages.HandleAsync(message, cancellationToken);

    public async Task OnInteractionCreateAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!interaction.CanBeAnswered)
        {
            Log.Malformed(logger, "INTERACTION_CREATE", "no id or token");
            return;
        }
        var response = await interactions.FirstResponseAsync(interaction, Core.Platforms.Platform.DiscordGateway, cancellationToken).ConfigureAwait(false);
        try
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException e)
        {
            Log.CallbackFailed(logger, interaction.Id, (int)e.Status, e.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Discord gateway ready as {User}")]
        public static partial void Ready(ILogger logger, string user);

        [LoggerMessage(2, LogLevel.Warning, "Could not respond to interaction {Id}: {Status} {Reason}")]
        public static partial void CallbackFailed(ILogger logger, string id, int status, string reason);

        [LoggerMessage(3, LogLevel.Warning, "Ignored a {EventName} dispatch: {Problem}")]
        public static partial void Malformed(ILogger logger, string eventName, string problem);
    }
}
