using ReportBot.Core.Platforms;

namespace ReportBot.Core.Conversations;

/// <summary>
/// One thing a user did, in any transport: typed text (a question or a command) or pressed a button.
/// Adapters build it from their wire payloads; the handler never sees a platform type.
/// </summary>
/// <param name="Platform">The door the turn came through, set by the endpoint (never from the payload): it decides
/// whose conversations the turn may read or change, and labels state, metrics and logs.</param>
/// <param name="ConversationId">The channel, chat or DM the turn happened in.</param>
/// <param name="UserId">Who acted (platform id).</param>
/// <param name="Text">What they typed, with any mention of the bot already removed; null for a button press.</param>
/// <param name="Action">The button they pressed, decoded; null for text.</param>
public sealed record Turn(Platform Platform, string ConversationId, string UserId, string? Text, TurnAction? Action = null)
{
    /// <summary>The raw button payload when it could not be decoded (an old or forged button).</summary>
    public string? UnknownAction { get; init; }

    /// <summary>
    /// Whether the user may change the conversation's settings (the daily digest). Off unless the door says so: Discord
    /// sets it from the member's channel permissions, the other doors from what they know of the conversation.
    /// </summary>
    public bool MayConfigure { get; init; }

    /// <summary>
    /// The network address the request came from, where one person's requests can't otherwise be told apart (the chat
    /// page, whose users are anonymous); null elsewhere. Limits count it as well as the user and the conversation.
    /// </summary>
    public string? ClientAddress { get; init; }
}
