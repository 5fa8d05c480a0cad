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
        messages.SelfId = ready.User.Id;
        Log.Ready(logger, ready.User.Username ?? ready.User.Id);
        return Task.CompletedTask;
    }

    public Task OnMessageCreateAsync(DiscordMessage message, CancellationToken cancellationToken) =>
        messages.HandleAsync(message, cancellationToken);

    public async Task OnInteractionCreateAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var response = await interactions.FirstResponseAsync(interaction, cancellationToken).ConfigureAwait(false);
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
    }
}
