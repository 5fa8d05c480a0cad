namespace ReportBot.Teams.Authentication;

/// <summary>
/// What <see cref="BotFrameworkAuthenticator"/> needs to check inbound Bot Framework tokens.
/// The defaults are the public Bot Framework values; tests point the URLs at loopback and turn off <see cref="RequireHttpsMetadata"/>.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string Section = "BotAuthentication";

    /// <summary>The issuer of every Bot Connector (channel) token, Teams included.</summary>
    public const string DefaultChannelIssuer = "https://api.botframework.com";

    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string DefaultEmulatorOpenIdMetadataUrl =
        "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// Issuers of Emulator tokens (AAD v1 and v2 for the Bot Framework tenants, public cloud and US Gov).
    /// A token whose <c>iss</c> is one of these is checked as an Emulator token.
    /// </summary>
    public static IReadOnlyList<string> DefaultEmulatorIssuers { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    /// <summary>The bot's Microsoft App ID. Empty means local development: only unauthenticated loopback requests are accepted.</summary>
    public string? AppId { get; set; }

    /// <summary>Home tenant of a single-tenant or managed-identity bot; adds that tenant's issuers to the Emulator list.</summary>
    public string? TenantId { get; set; }

    public string ChannelOpenIdMetadataUrl { get; set; } = DefaultChannelOpenIdMetadataUrl;

    public string EmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    public string ChannelIssuer { get; set; } = DefaultChannelIssuer;

    /// <summary>Emulator issuers; the tenant-specific ones for <see cref="TenantId"/> are added by <see cref="GetEmulatorIssuers"/>.</summary>
    public IList<string> EmulatorIssuers { get; set; } = [.. DefaultEmulatorIssuers];

    /// <summary>Allowed difference between our clock and the issuer's; the Bot Framework docs call 5 minutes industry standard.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long metadata, signing keys and endorsements are cached before they are fetched again.
    /// The Bot Framework asks for a refresh at least every 24 hours; 12 hours leaves room for the manager's jitter.
    /// </summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Least time between two refreshes forced by an unknown <c>kid</c>, so tokens with made-up key ids cannot
    /// make us hammer the metadata endpoint.
    /// </summary>
    public TimeSpan MinimumForcedRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one request waits for a forced key refresh to arrive before it gives up.</summary>
    public TimeSpan ForcedRefreshWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Refuse metadata and key URLs that are not HTTPS. Only tests against loopback turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>True when no app id is configured (local development).</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The configured Emulator issuers plus, for a single-tenant bot, its home tenant's v1 and v2 issuers.</summary>
    public IReadOnlyList<string> GetEmulatorIssuers()
    {
        var issuers = new List<string>(EmulatorIssuers);
        if (!string.IsNullOrWhiteSpace(TenantId))
        {
            issuers.Add($"https://sts.windows.net/{TenantId}/");
            issuers.Add($"https://login.microsoftonline.com/{TenantId}/v2.0");
        }

        return issuers;
    }

    /// <summary>Problems that make these options unusable; empty when they are fine.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!IsLocalMode)
        {
            CheckUrl(nameof(ChannelOpenIdMetadataUrl), ChannelOpenIdMetadataUrl, errors);
            CheckUrl(nameof(EmulatorOpenIdMetadataUrl), EmulatorOpenIdMetadataUrl, errors);
            if (string.IsNullOrWhiteSpace(ChannelIssuer))
            {
                errors.Add($"{nameof(ChannelIssuer)} is required.");
            }
        }

        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{nameof(ClockSkew)} must be between 0 and 10 minutes.");
        }

        // The configuration manager refuses less than 5 minutes; the Bot Framework requires at most 24 hours.
        if (MetadataRefreshInterval < TimeSpan.FromMinutes(5) || MetadataRefreshInterval > TimeSpan.FromHours(24))
        {
            errors.Add($"{nameof(MetadataRefreshInterval)} must be between 5 minutes and 24 hours.");
        }

        if (MinimumForcedRefreshInterval < TimeSpan.FromSeconds(1) || MinimumForcedRefreshInterval > MetadataRefreshInterval)
        {
            errors.Add($"{nameof(MinimumForcedRefreshInterval)} must be at least 1 second and at most {nameof(MetadataRefreshInterval)}.");
        }

        if (ForcedRefreshWait <= TimeSpan.Zero || ForcedRefreshWait > TimeSpan.FromSeconds(10))
        {
            errors.Add($"{nameof(ForcedRefreshWait)} must be positive and at most 10 seconds (channels give up after 15).");
        }

        return errors;
    }

    /// <summary>A copy, so that changes made after an authenticator was built cannot change how it validates.</summary>
    internal BotAuthenticationOptions Clone() => new()
    {
        AppId = AppId,
        TenantId = TenantId,
        ChannelOpenIdMetadataUrl = ChannelOpenIdMetadataUrl,
        EmulatorOpenIdMetadataUrl = EmulatorOpenIdMetadataUrl,
        ChannelIssuer = ChannelIssuer,
        EmulatorIssuers = [.. EmulatorIssuers],
        ClockSkew = ClockSkew,
        MetadataRefreshInterval = MetadataRefreshInterval,
        MinimumForcedRefreshInterval = MinimumForcedRefreshInterval,
        ForcedRefreshWait = ForcedRefreshWait,
        RequireHttpsMetadata = RequireHttpsMetadata,
    };

    private void CheckUrl(string name, string? value, List<string> errors)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{name} must be an absolute http(s) URL.");
        }
        else if (RequireHttpsMetadata && uri.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"{name} must use https while {nameof(RequireHttpsMetadata)} is true.");
        }
    }
}
