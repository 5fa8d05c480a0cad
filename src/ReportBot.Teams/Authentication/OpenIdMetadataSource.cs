using System.Diagnostics;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// One OpenID metadata endpoint (channel or Emulator) and its signing keys, cached by a
/// <see cref="ConfigurationManager{T}"/>, with a bounded "refresh now and wait" for unknown key ids.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly RefreshGate _forcedRefreshGate;
    private readonly TimeSpan _forcedRefreshWait;

    public OpenIdMetadataSource(
        string metadataUrl, IDocumentRetriever retriever, TimeSpan refreshInterval, RefreshGate forcedRefreshGate, TimeSpan forcedRefreshWait)
    {
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = refreshInterval,
            // Our gate decides how often a forced refresh may happen; the manager should not refuse one the gate let through.
            RefreshInterval = ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval,
        };
        _forcedRefreshGate = forcedRefreshGate;
        _forcedRefreshWait = forcedRefreshWait;
    }

    /// <summary>The cached configuration; fetched on first use and refreshed by the manager on its interval.</summary>
    /// <exception cref="InvalidOperationException">The metadata could not be fetched and nothing is cached.</exception>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Asks for fresh metadata because a token names a key we do not know, and waits (bounded) for it.
    /// Returns the new configuration, or null when the gate refused or nothing new arrived in time.
    /// </summary>
    public async Task<OpenIdConnectConfiguration?> RefreshAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        if (!_forcedRefreshGate.TryEnter())
        {
            return null;
        }

        _manager.RequestRefresh();

        // IdentityModel 8.x refreshes on a background thread unless the host set Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking,
        // so the next GetConfigurationAsync may still return the old object; poll until a new one is published.
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var current = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(current, stale))
            {
                return current;
            }

            if (Stopwatch.GetElapsedTime(started) >= _forcedRefreshWait)
            {
                return null;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
