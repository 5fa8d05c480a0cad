using System.Globalization;
using System.Text.Json.Nodes;

namespace ReportBot.Testing;

/// <summary>Dispatch payloads shaped like the ones the gateway sends (fields as in Discord's docs and captured events).</summary>
public static class FakeDiscordGatewayPayloads
{
    public const string GuildId = "1184517701017153596";
    public const string ChannelId = "1184517701562413138";
    public const string UserId = "402170284378406913";

    private static long _counter;

    /// <summary>A fresh snowflake (timestamp since the Discord epoch, shifted 22 bits, plus a counter).</summary>
    public static string NewSnowflake()
    {
        long ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - 1420070400000;
        return ((ms << 22) | (Interlocked.Increment(ref _counter) & 0xFFF)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>MESSAGE_CREATE in a guild channel (or a DM when <paramref name="guildId"/> is null).</summary>
    public static JsonObject MessageCreate(
        string content, string? mentionUserId = null, string? guildId = GuildId, string channelId = ChannelId,
        string authorId = UserId, string authorName = "alice", bool authorIsBot = false)
    {
        var mentions = new JsonArray();
        if (mentionUserId is not null)
            mentions.Add(new JsonObject
            {
                ["id"] = mentionUserId, ["username"] = "reportbot", ["global_name"] = null, ["discriminator"] = "0",
                ["avatar"] = null, ["bot"] = true, ["public_flags"] = 0,
            });
        var message = new JsonObject
        {
            ["type"] = 0,
            ["tts"] = false,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff+00:00", CultureInfo.InvariantCulture),
            ["pinned"] = false,
            ["nonce"] = NewSnowflake(),
            ["mentions"] = mentions,
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["id"] = NewSnowflake(),
            ["flags"] = 0,
            ["embeds"] = new JsonArray(),
            ["edited_timestamp"] = null,
            ["content"] = content,
            ["components"] = new JsonArray(),
            ["channel_id"] = channelId,
            ["author"] = User(authorId, authorName, authorIsBot),
            ["attachments"] = new JsonArray(),
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
            message["member"] = Member(withUser: false);
        }
        return message;
    }

    /// <summary>INTERACTION_CREATE for a slash command with one string option, invoked in a guild.</summary>
    public static JsonObject InteractionCreate(string commandName, string optionName, string optionValue, string applicationId)
    {
        var member = Member(withUser: true);
        member["permissions"] = "2248473465835073";
        return new JsonObject
        {
            ["version"] = 1,
            ["type"] = 2,
            ["token"] = "aW50ZXJhY3Rpb246" + NewSnowflake(),
            ["member"] = member,
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["id"] = NewSnowflake(),
            ["guild_id"] = GuildId,
            ["entitlements"] = new JsonArray(),
            ["data"] = new JsonObject
            {
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["value"] = optionValue, ["type"] = 3, ["name"] = optionName }),
                ["name"] = commandName,
                ["id"] = NewSnowflake(),
            },
            ["context"] = 0,
            ["channel_id"] = ChannelId,
            ["channel"] = new JsonObject { ["type"] = 0, ["id"] = ChannelId, ["guild_id"] = GuildId, ["name"] = "general" },
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
            ["application_id"] = applicationId,
            ["app_permissions"] = "2248473465835073",
        };
    }

    /// <summary>GUILD_CREATE (trimmed): an event the bot has no handler for.</summary>
    public static JsonObject GuildCreate() => new()
    {
        ["id"] = GuildId, ["name"] = "Test guild", ["member_count"] = 3, ["unavailable"] = false,
        ["channels"] = new JsonArray(new JsonObject { ["id"] = ChannelId, ["type"] = 0, ["name"] = "general" }),
    };

    private static JsonObject User(string id, string name, bool bot)
    {
        var user = new JsonObject
        {
            ["username"] = name, ["public_flags"] = 0, ["id"] = id, ["global_name"] = char.ToUpperInvariant(name[0]) + name[1..],
            ["discriminator"] = "0", ["avatar"] = null,
        };
        if (bot) user["bot"] = true;
        return user;
    }

    private static JsonObject Member(bool withUser)
    {
        var member = new JsonObject
        {
            ["roles"] = new JsonArray(), ["premium_since"] = null, ["pending"] = false, ["nick"] = null, ["mute"] = false,
            ["joined_at"] = "2023-12-13T10:11:12.000000+00:00", ["flags"] = 0, ["deaf"] = false, ["avatar"] = null,
        };
        if (withUser) member["user"] = User(UserId, "alice", bot: false);
        return member;
    }
}
