namespace ReportBot.Core.Platforms;

/// <summary>
/// The Bot Framework channels the bot knows by name. Any other <c>channelId</c> is <see cref="Other"/>, so a payload can
/// neither invent a platform nor pose as one served by another door (a Bot Framework activity saying "discord" is
/// <see cref="Other"/>, not Discord).
/// </summary>
public enum BotFrameworkChannel
{
    Teams,
    Emulator,
    WebChat,
    DirectLine,
    Other,
}
