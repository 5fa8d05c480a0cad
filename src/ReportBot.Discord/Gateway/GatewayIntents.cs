namespace ReportBot.Discord.Gateway;

/// <summary>Gateway intents the bot may ask for in IDENTIFY. None of these is privileged.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>
    /// 4609. The bot answers mentions and DMs, and Discord sends message content for those even without the
    /// privileged MESSAGE_CONTENT intent, so it does not ask for that intent (asking without portal approval gives 4014).
    /// </summary>
    Default = Guilds | GuildMessages | DirectMessages,
}
