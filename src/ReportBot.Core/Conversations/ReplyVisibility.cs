namespace ReportBot.Core.Conversations;

/// <summary>
/// Who a reply is for. Platforms that can show a message to one member only (ephemeral messages) do so
/// for <see cref="Asker"/>; the others post it in the conversation as usual.
/// </summary>
public enum ReplyVisibility
{
    Conversation,

    /// <summary>Only the user who asked: errors, help, acknowledgements and commands declared private.</summary>
    Asker,
}
