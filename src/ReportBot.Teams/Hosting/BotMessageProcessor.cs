using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Teams.Connector;
using ReportBot.Teams.Cards;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Hosting;

/// <summary>
/// The activity handler: dispatches on activity type once (message, conversationUpdate, invoke; anything else is
/// acknowledged and ignored), turns messages into neutral turns, and queues the rendered reply to the service URL
/// the request was authenticated for.
/// </summary>
public sealed partial class BotMessageProcessor(
    ConversationHandler conversations,
    OutboundQueue outbound,
    IOptions<TeamsOptions> options,
    ILogger<BotMessageProcessor> logger)
{
    /// <param name="serviceUrl">Where replies go: the URL the token vouched for, or in local mode the activity's own (on this machine).</param>
    /// <param name="verified">Whether <paramref name="serviceUrl"/> came from a validated token.</param>
    public async Task<ActivityOutcome> ProcessAsync(Activity activity, ServiceUrl serviceUrl, bool verified, CancellationToken cancellationToken)
    {
        // Where digests for this conversation go later: the reference, with the service URL this request vouched for.
        var address = new ReturnAddress(
            JsonSerializer.Serialize(TeamsTurns.Reference(activity, serviceUrl.ToString()), TeamsJsonContext.Default.ConversationReference), verified);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await ReplyAsync(activity, serviceUrl, conversations.Handle(TeamsTurns.FromActivity(activity) with { ReturnAddress = address }), cancellationToken);
                return ActivityOutcome.Ok;
            case ActivityTypes.ConversationUpdate when TeamsTurns.BotWasAdded(activity):
                var arrival = TeamsTurns.FromActivity(activity) with { Text = null, IsArrival = true, ReturnAddress = address };
                await ReplyAsync(activity, serviceUrl, conversations.Handle(arrival), cancellationToken);
                return ActivityOutcome.Ok;
            case ActivityTypes.Invoke when activity.Name == "adaptiveCard/action":
                await ReplyAsync(activity, serviceUrl, conversations.Handle(TeamsTurns.FromActivity(activity) with { ReturnAddress = address }), cancellationToken);
                // The Universal Actions contract: acknowledge with a message; the answer itself arrives as a reply.
                return new ActivityOutcome(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "Working on it…" });
            case ActivityTypes.Invoke:
                return new ActivityOutcome(200, new { });
            default:
                Log.Ignored(logger, activity.Type ?? "(none)");
                return ActivityOutcome.Ok;
        }
    }

    private ValueTask ReplyAsync(Activity inbound, ServiceUrl serviceUrl, Reply reply, CancellationToken cancellationToken)
    {
        var rendered = TeamsReplyRenderer.Render(reply, options.Value.MaxReplyBytes);
        var addressed = TeamsTurns.AddressReply(rendered, inbound);
        return outbound.EnqueueAsync(new OutboundMessage(serviceUrl, inbound.Conversation!.Id!, inbound.Id, addressed), cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Ignored an activity of type {Type}")]
        public static partial void Ignored(ILogger logger, string type);
    }
}
