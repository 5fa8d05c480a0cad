using ReportBot.Teams.Connector;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Hosting;

/// <summary>An activity waiting to be posted to a conversation through the Bot Connector.</summary>
public sealed record OutboundMessage(ServiceUrl ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity);
