using Microsoft.Extensions.Options;
using ReportBot.Core.Platforms;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Produces the first response to an interaction within Discord's 3-second window: the answer itself when it is
/// ready within <see cref="DiscordOptions.DeferAfter"/>, otherwise a deferred response, after which the answer
/// replaces it by editing <c>@original</c>. A reply meant for the user alone is deferred as ephemeral, since a
/// deferred message cannot become ephemeral later. The same path serves HTTP interactions and gateway ones.
/// </summary>
public sealed partial class InteractionProcessor(
    InteractionHandler handler,
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionProcessor> logger)
{
    /// <param name="door">The Discord door the interaction came through.</param>
    public async Task<InteractionResponse> FirstResponseAsync(Interaction interaction, Platform door, CancellationToken cancellationToken)
    {
        // Pings and autocomplete are answered from memory, and a deferred autocomplete does not exist.
        if (handler.ToTurn(interaction, door) is not { } turn) return handler.Handle(interaction, door);

        var work = Task.Run(() => handler.Respond(turn), CancellationToken.None);
        var deadline = Task.Delay(options.Value.DeferAfter, time, cancellationToken);
        if (await Task.WhenAny(work, deadline).ConfigureAwait(false) == work) return await work.ConfigureAwait(false);

        _ = FinishDeferredAsync(interaction, work);
        return new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource,
            handler.RepliesPrivately(turn) ? new InteractionResponseData { Flags = MessageParams.EphemeralFlag } : null);
    }

    private async Task FinishDeferredAsync(Interaction interaction, Task<InteractionResponse> work)
    {
        try
        {
            var response = await work.ConfigureAwait(false);
            var data = response.Data ?? new InteractionResponseData();
            // The flags go along (an edit can't make a message ephemeral, but it keeps the others, such as suppressed embeds).
            var message = new MessageParams
            {
                Content = data.Content, Embeds = data.Embeds, Components = data.Components, AllowedMentions = data.AllowedMentions ?? AllowedMentions.None, Flags = data.Flags,
            };
            string application = (string.IsNullOrWhiteSpace(interaction.ApplicationId) ? options.Value.ApplicationId : interaction.ApplicationId)
                ?? throw new InvalidOperationException("Discord:ApplicationId is needed to edit a deferred response.");
            await rest.EditOriginalResponseAsync(application, interaction.Token, message, CancellationToken.None).ConfigureAwait(false);
            Log.Deferred(logger, interaction.Id);
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            Log.EditFailed(logger, interaction.Id, e.Message);
        }
        catch (Exception e)
        {
            // Nothing awaits this task: whatever else goes wrong must be logged here or it is never seen.
            Log.DeferredFailed(logger, interaction.Id, e);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Interaction {Id} answered after a deferred response")]
        public static partial void Deferred(ILogger logger, string id);

        [LoggerMessage(2, LogLevel.Warning, "Could not send the deferred answer to interaction {Id}: {Reason}")]
        public static partial void EditFailed(ILogger logger, string id, string reason);

        [LoggerMessage(3, LogLevel.Error, "The deferred answer to interaction {Id} failed")]
        public static partial void DeferredFailed(ILogger logger, string id, Exception exception);
    }
}
