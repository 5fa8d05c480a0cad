namespace ReportBot.WebChat;

/// <summary>What the chat page posts: typed text or an encoded button action, in a browser conversation.</summary>
public sealed record WebChatRequest(string? ConversationId, string? Text, string? Action);
