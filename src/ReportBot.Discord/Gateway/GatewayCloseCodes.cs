namespace ReportBot.Discord.Gateway;

/// <summary>What a close code from the gateway means for the next connection.</summary>
public static class GatewayCloseCodes
{
    /// <summary>The code the bot closes with when it means to resume; anything but 1000/1001 keeps the session.</summary>
    public const int Reconnecting = 4000;

    /// <summary>The code the bot closes with on shut-down (ends the session; the bot shows as offline).</summary>
    public const int Normal = 1000;

    /// <summary>Why reconnecting after <paramref name="code"/> cannot help, or null if it may.</summary>
    public static string? FatalReason(int? code) => code switch
    {
        4004 => "authentication failed: check Discord:BotToken",
        4010 => "invalid shard: the shard sent in IDENTIFY is not valid",
        4011 => "sharding required: the bot is in too many guilds for a single connection",
        4012 => "invalid API version: the gateway refused v10",
        4013 => "invalid intents: the intents value is not a valid bit set",
        4014 => "disallowed intents: a privileged intent was requested that is not enabled in the Developer Portal",
        _ => null,
    };

    /// <summary>4007 (invalid seq) and 4009 (session timed out): reconnect, but identify instead of resuming.</summary>
    public static bool EndsSession(int? code) => code is 4007 or 4009;
}
