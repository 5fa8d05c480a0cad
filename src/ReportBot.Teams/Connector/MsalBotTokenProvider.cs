using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using ReportBot.Teams.Hosting;

namespace ReportBot.Teams.Connector;

/// <summary>
/// Client-credentials tokens from Microsoft Entra ID via MSAL, for the multi-tenant (botframework.com) or the
/// single-tenant authority. MSAL caches the token in memory and renews it shortly before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly IConfidentialClientApplication? _application;
    private readonly string[] _scopes;

    // One acquisition at a time: replies sent in parallel would otherwise each ask Entra ID for a token before the
    // first answer fills MSAL's cache.
    private readonly SemaphoreSlim _acquiring = new(1, 1);

    public MsalBotTokenProvider(IOptions<BotCredentialsOptions> credentials, IOptions<TeamsOptions> teams, IMsalHttpClientFactory httpClients)
    {
        var c = credentials.Value;
        _scopes = [teams.Value.TokenScope];
        if (!c.Enabled) return;
        string tenant = c.SingleTenant ? c.MicrosoftAppTenantId! : "botframework.com";
        _application = ConfidentialClientApplicationBuilder.Create(c.MicrosoftAppId)
            .WithClientSecret(c.MicrosoftAppPassword)
            .WithAuthority($"{teams.Value.TokenAuthority.TrimEnd('/')}/{tenant}", validateAuthority: false)
            .WithHttpClientFactory(httpClients)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_application is null) return null;
        await _acquiring.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        finally
        {
            _acquiring.Release();
        }
    }
}
