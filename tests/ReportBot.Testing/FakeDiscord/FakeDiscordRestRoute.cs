namespace ReportBot.Testing;

/// <summary>The routes the fake Discord REST API implements (and <see cref="Unknown"/> for anything else under its prefix).</summary>
public enum FakeDiscordRestRoute
{
    Unknown,

    /// <summary><c>GET /gateway/bot</c></summary>
    GatewayBot,

    /// <summary><c>POST /channels/{channel_id}/messages</c></summary>
    CreateMessage,

    /// <summary><c>POST /interactions/{interaction_id}/{token}/callback</c> (no bot token; not bound by the global limit)</summary>
    InteractionCallback,

    /// <summary><c>PATCH /webhooks/{application_id}/{token}/messages/@original</c> (no bot token; not bound by the global limit)</summary>
    EditOriginalResponse,

    /// <summary><c>PUT /applications/{application_id}/commands</c></summary>
    BulkOverwriteGlobalCommands,

    /// <summary><c>PUT /applications/{application_id}/guilds/{guild_id}/commands</c></summary>
    BulkOverwriteGuildCommands,
}
