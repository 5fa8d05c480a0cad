using System.ComponentModel.DataAnnotations;
using ReportBot.Core.Options;

namespace ReportBot.Discord.Hosting;

/// <summary>
/// Configuration section <c>Discord</c>. The three credentials come from environment variables only
/// (<c>Discord__BotToken</c>, <c>Discord__ApplicationId</c>, <c>Discord__PublicKey</c>). The base URLs exist so
/// tests can point the bot at a fake Discord.
/// </summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token; enables REST, the gateway and command registration.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application id (needed for command registration and editing interaction responses).</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's hex Ed25519 public key; enables <c>POST /discord/interactions</c>.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Where REST calls go, bot token included: https, or http to this machine only (tests).</summary>
    [SecureUrl(Section)]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Gateway URL to use instead of the one <c>GET /gateway/bot</c> returns (tests): wss, or ws to this machine only.</summary>
    [SecureUrl(Section, Scheme = "wss", Optional = true)]
    public string? GatewayUrl { get; set; }

    /// <summary>Connect to the gateway when a bot token is set (answers @mentions and DMs; works behind NAT).</summary>
    public bool UseGateway { get; set; } = true;

    /// <summary>Overwrite the slash commands at start-up (in <see cref="RegisterGuildId"/> if set, else globally).</summary>
    public bool RegisterCommandsOnStart { get; set; }

    public string? RegisterGuildId { get; set; }

    /// <summary>
    /// How long an interaction may be worked on before a deferred response is sent instead; Discord allows 3 s for
    /// the first response, so this leaves a margin for the network.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.5")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Largest interaction request body accepted.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    public bool RestEnabled => !string.IsNullOrWhiteSpace(BotToken);

    public bool InteractionsEndpointEnabled => !string.IsNullOrWhiteSpace(PublicKey);

    public bool GatewayEnabled => RestEnabled && UseGateway;
}
