using System.Text.Json;
using ReportBot.Core.Conversations;
using ReportBot.Core.IO;
using ReportBot.Core.Platforms;
using ReportBot.Teams.Cards;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Hosting;

/// <summary>Translates Bot Framework activities into neutral turns.</summary>
public static class TeamsTurns
{
    /// <summary>
    /// A message is a button press when its <c>value</c> carries our action key (Action.Submit data), otherwise typed
    /// text with the bot mention removed. An <c>adaptiveCard/action</c> invoke carries the data under
    /// <c>value.action.data</c>.
    /// </summary>
    /// <remarks>
    /// The platform is the Bot Framework door with the activity's channel as its kind, never another door, whatever the
    /// <c>channelId</c> says. Anyone in a Bot Framework conversation may set up its digest.
    /// </remarks>
    public static Turn FromActivity(Activity activity)
    {
        var platform = Platform.BotFramework(activity.ChannelId);
        string conversation = activity.Conversation?.Id ?? "";
        string user = activity.From?.Id ?? "";
        if (ActionPayload(activity) is { } encoded)
        {
            var action = TurnAction.TryDecode(encoded);
            return action is null
                ? new Turn(platform, conversation, user, null) { UnknownAction = encoded, MayConfigure = true }
                : new Turn(platform, conversation, user, null, action) { MayConfigure = true };
        }
        return new Turn(platform, conversation, user, MentionText.RemoveBotMention(activity)) { MayConfigure = true };
    }

    private static string? ActionPayload(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        if (value.TryGetProperty(AdaptiveCardWriter.ActionDataKey, out var direct)) return UntrustedJson.String(direct) ?? "";
        if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(AdaptiveCardWriter.ActionDataKey, out var nested))
            return UntrustedJson.String(nested) ?? "";
        return null;
    }

    /// <summary>True when a conversationUpdate announces that the bot itself joined.</summary>
    public static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    /// <summary>The reply's addressing, per the connector's reply rules: from/recipient swapped, same conversation.</summary>
    public static Activity AddressReply(Activity reply, Activity inbound) => reply with
    {
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        ReplyToId = inbound.Id,
        Locale = inbound.Locale,
    };

    public static ConversationReference Reference(Activity activity, string serviceUrl) => new()
    {
        ServiceUrl = serviceUrl,
        ChannelId = activity.ChannelId ?? "",
        Conversation = activity.Conversation!,
        Bot = activity.Recipient,
        TenantId = activity.Conversation?.TenantId ?? TenantFromChannelData(activity),
        Locale = activity.Locale,
    };

    private static string? TenantFromChannelData(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id)
            ? UntrustedJson.String(id)
            : null;
}
