using ReportBot.Core.Commands;
using ReportBot.Core.Platforms;

namespace ReportBot.Core.Conversations;

/// <summary>
/// One thing a user did, in any transport: typed text (a question or a command), a platform's own command, a button
/// press, or adding the bot. Adapters build it from their wire payloads; the handler never sees a platform type.
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
    /// Whether the user may change the conversation's settings (the daily digest). Off unless the door says so: from the
    /// member's permissions where the platform sends them, otherwise from what the door knows of the conversation.
    /// </summary>
    public bool MayConfigure { get; init; }

    /// <summary>
    /// The network address the request came from, where one person's requests can't otherwise be told apart (the chat
    /// page, whose users are anonymous); null elsewhere. Limits count it as well as the user and the conversation.
    /// </summary>
    public string? ClientAddress { get; init; }

    /// <summary>
    /// A command the platform delivered already structured (a slash command with its options), read by the
    /// adapter with <see cref="CommandSet.Invoke"/>; null when the user typed text (the chat grammar reads it).
    /// </summary>
    public CommandInvocation? Command { get; init; }

    /// <summary>How to reach this conversation later (the daily digest); the pipeline stores it. Null where the door has none.</summary>
    public ReturnAddress? ReturnAddress { get; init; }

    /// <summary>The bot was just added to the conversation: the reply is a welcome.</summary>
    public bool IsArrival { get; init; }
}
