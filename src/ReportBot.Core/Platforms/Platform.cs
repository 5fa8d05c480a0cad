namespace ReportBot.Core.Platforms;

/// <summary>
/// Where a turn came from, as a closed set: one instance per door (and per known Bot Framework channel). Its
/// <see cref="Key"/> names the platform in the state file, in metrics and in logs; both Discord doors share the key
/// "discord" because they reach the same channels.
/// </summary>
public sealed class Platform
{
    public const string WebKey = "web";
    public const string DiscordKey = "discord";
    public const string TeamsKey = "msteams";
    public const string OtherBotFrameworkKey = "botframework";

    private Platform(Door door, BotFrameworkChannel? channel, string key)
    {
        Door = door;
        Channel = channel;
        Key = key;
    }

    public static Platform WebChat { get; } = new(Door.WebChat, null, WebKey);

    public static Platform DiscordInteraction { get; } = new(Door.DiscordInteraction, null, DiscordKey);

    public static Platform DiscordGateway { get; } = new(Door.DiscordGateway, null, DiscordKey);

    private static readonly Platform Teams = new(Door.BotFramework, BotFrameworkChannel.Teams, TeamsKey);
    private static readonly Platform Emulator = new(Door.BotFramework, BotFrameworkChannel.Emulator, "emulator");
    private static readonly Platform BotWebChat = new(Door.BotFramework, BotFrameworkChannel.WebChat, "webchat");
    private static readonly Platform DirectLine = new(Door.BotFramework, BotFrameworkChannel.DirectLine, "directline");
    private static readonly Platform OtherBotFramework = new(Door.BotFramework, BotFrameworkChannel.Other, OtherBotFrameworkKey);

    /// <summary>Every platform there is.</summary>
    public static IReadOnlyList<Platform> All { get; } =
        [WebChat, DiscordInteraction, DiscordGateway, Teams, Emulator, BotWebChat, DirectLine, OtherBotFramework];

    /// <summary>The door the turn came through.</summary>
    public Door Door { get; }

    /// <summary>The Bot Framework channel, for <see cref="Door.BotFramework"/> only.</summary>
    public BotFrameworkChannel? Channel { get; }

    /// <summary>The platform's name in stored state, metrics and logs: one of a fixed few.</summary>
    public string Key { get; }

    public bool IsDiscord => Door is Door.DiscordInteraction or Door.DiscordGateway;

    /// <summary>
    /// The platform of an activity that came through <c>/api/messages</c>. Its <c>channelId</c> only picks among the Bot
    /// Framework channels; an unknown one (or one naming another door, such as "discord" or "web") is <see cref="BotFrameworkChannel.Other"/>.
    /// </summary>
    public static Platform BotFramework(string? channelId) => channelId switch
    {
        "msteams" => Teams,
        "emulator" => Emulator,
        "webchat" => BotWebChat,
        "directline" => DirectLine,
        _ => OtherBotFramework,
    };

    /// <summary>
    /// The key to label metrics with for a platform name read back from the state file, which may hold names an older
    /// version stored from payloads: anything outside the closed set is counted as "other".
    /// </summary>
    public static string LabelFor(string storedKey) =>
        All.Any(p => p.Key == storedKey) ? storedKey : "other";

    public override string ToString() => Key;
}
