namespace ReportBot.Teams.Hosting;

/// <summary>
/// The Azure Bot registration, under the top-level keys the Bot Framework uses everywhere
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, …). Set them through environment variables only.
/// Without an app id the endpoint runs in local mode: unauthenticated, loopback only.
/// </summary>
public sealed class BotCredentialsOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MultiTenant</c> (default) or <c>SingleTenant</c> (then <see cref="MicrosoftAppTenantId"/> is required).</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    public string? MicrosoftAppTenantId { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool SingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
}
