using System.ComponentModel.DataAnnotations;
using ReportBot.Core.Options;

namespace ReportBot.Teams.Hosting;

/// <summary>Configuration section <c>Teams</c>: Bot Framework endpoints (overridable for tests) and limits.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>
    /// Serve <c>/api/messages</c>. Off, the bot has no Bot Framework door at all: for a Discord-only bot that is
    /// reachable from outside (its interactions endpoint through a tunnel), nothing can be sent there.
    /// </summary>
    public bool Enabled { get; set; } = true;

    // Every URL here must be https (http to this machine only, for tests): a plain-http authority or metadata
    // document could be answered by anyone on the path, and MSAL would only fail later without naming the key.
    [SecureUrl(Section)]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    [SecureUrl(Section)]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// Refuse metadata and key URLs that are not HTTPS; only tests against loopback turn this off (the URL settings
    /// themselves are https or loopback either way).
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Where outbound tokens come from: <c>{TokenAuthority}/{tenant or botframework.com}</c>.</summary>
    [SecureUrl(Section)]
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com";

    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Largest request body accepted on <c>/api/messages</c>; larger ones get 413.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest one attempt to post to the Bot Connector may take. A timed-out post is not retried (it may have been
    /// taken), so this is also how long a hung connector can hold one reply.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:15")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Budget for one reply activity as sent (the older, stricter Teams post limit).</summary>
    [Range(4 * 1024, 100 * 1024)]
    public int MaxReplyBytes { get; set; } = 28 * 1024;
}
