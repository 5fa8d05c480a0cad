namespace ReportBot.Core.Platforms;

/// <summary>
/// The endpoint a turn arrived through. Only the endpoint sets it; nothing in a payload can change it, so a request to
/// one door can never act on conversations that belong to another.
/// </summary>
public enum Door
{
    /// <summary>The local chat page, <c>/api/chat</c>.</summary>
    WebChat,

    /// <summary><c>/api/messages</c>: Teams and the other Bot Framework channels.</summary>
    BotFramework,

    /// <summary><c>/discord/interactions</c>, every request signed by Discord.</summary>
    DiscordInteraction,

    /// <summary>The Discord gateway, a WebSocket session opened with the bot token.</summary>
    DiscordGateway,
}
