namespace ReportBot.Core.Conversations;

/// <summary>
/// One thing a user did, in any transport: typed text (a question or a command) or pressed a button.
/// Adapters build it from their wire payloads; the handler never sees a platform type.
/// </summary>
/// <param name="Platform">"discord", "msteams", "webchat", …: used for state keys and wording, never for logic.</param>
/// <param name="ConversationId">The channel, chat or DM the turn happened in.</param>
/// <param name="UserId">Who acted (platform id).</param>
/// <param name="Text">What they typed, with any mention of the bot already removed; null for a button press.</param>
/// <param name="Action">The button they pressed, decoded; null for text.</param>
public sealed record Turn(string Platform, string ConversationId, string UserId, string? Text, TurnAction? Action = null)
{
    /// <summary>The raw button payload when it could not be decoded (an old or forged button).</summary>
    public string? UnknownAction { get; init; }

    /// <summary>
    /// Whether the user may change the conversation's settings (the daily digest). Discord sets it from the member's
    /// channel permissions; elsewhere anyone in the conversation may.
    /// </summary>
    public bool MayConfigure { get; init; } = true;
}
