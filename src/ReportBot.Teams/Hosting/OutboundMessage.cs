using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Hosting;

/// <summary>An activity waiting to be posted to a conversation through the Bot Connector.</summary>
public sealed record OutboundMessage(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity);
