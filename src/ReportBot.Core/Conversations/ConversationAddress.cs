namespace ReportBot.Core.Conversations;

/// <summary>
/// Where a conversation can be reached later without a user turn (for the daily digest): the platform's own
/// reference, serialised by its adapter, plus whether its service endpoint came from an authenticated request.
/// </summary>
/// <param name="Platform">"msteams", "discord", "webchat", …</param>
/// <param name="ConversationId">The platform's conversation (channel, chat) id.</param>
/// <param name="Reference">The adapter's reference, as JSON; opaque to everything else.</param>
/// <param name="Verified">True when the endpoint in the reference was vouched for by a validated token.</param>
public sealed record ConversationAddress(string Platform, string ConversationId, string Reference, bool Verified, DateTimeOffset Updated);
