using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// Checks inbound <c>/api/messages</c> requests the way the Bot Framework requires: a channel (Bot Connector) token signed
/// by a key endorsed for the activity's channel and vouching for its service URL, or an Emulator token issued to our app.
/// Without an app id (local development) only unauthenticated loopback requests are let in.
/// </summary>
/// <remarks>Thread-safe; create one per app and keep it, since it caches metadata and keys.</remarks>
public sealed class BotFrameworkAuthenticator : IBotAuthenticator
{
    private readonly BotAuthenticationOptions _options;
    private readonly IReadOnlyList<string> _emulatorIssuerList;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly SignedTokenValidator _validator;

    // Lazy so that local mode, or a bot never talked to by the Emulator, fetches nothing and starts no refresh thread.
    private readonly Lazy<OpenIdMetadataSource> _channelMetadata;
    private readonly Lazy<OpenIdMetadataSource> _emulatorMetadata;
    private readonly KeyEndorsementSource _endorsements;

    /// <param name="options">Copied on construction; later changes are not seen.</param>
    /// <param name="httpClient">Used for metadata and keys documents (so the host can supply one from IHttpClientFactory); not disposed here.</param>
    /// <param name="timeProvider">Clock for token lifetimes and cache ages; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public BotFrameworkAuthenticator(BotAuthenticationOptions options, HttpClient httpClient, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid bot authentication options: " + string.Join(" ", errors), nameof(options));
        }

        _options = options.Clone();
        var time = timeProvider ?? TimeProvider.System;
        _emulatorIssuerList = _options.GetEmulatorIssuers();
        _emulatorIssuers = new HashSet<string>(_emulatorIssuerList, StringComparer.Ordinal);
        _validator = new SignedTokenValidator(_handler, new TokenLifetimeValidator(time, _options.ClockSkew));

        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = _options.RequireHttpsMetadata };
        _channelMetadata = new(() => CreateMetadataSource(_options.ChannelOpenIdMetadataUrl, retriever, time));
        _emulatorMetadata = new(() => CreateMetadataSource(_options.EmulatorOpenIdMetadataUrl, retriever, time));
        _endorsements = new KeyEndorsementSource(
            retriever, time, _options.MetadataRefreshInterval, new RefreshGate(time, _options.MinimumForcedRefreshInterval));
    }

    public async Task<AuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, bool fromLoopback, CancellationToken cancellationToken)
    {
        try
        {
            if (_options.IsLocalMode)
            {
                return AuthenticateLocal(authorizationHeader, serviceUrl, fromLoopback);
            }

            if (string.IsNullOrEmpty(authorizationHeader))
            {
                return AuthenticationResult.Unauthorized("no Authorization header");
            }

            if (!BearerHeader.TryGetToken(authorizationHeader, out var token))
            {
                return AuthenticationResult.Unauthorized("Authorization header is not 'Bearer <token>'");
            }

            if (TokenPayload.Read(token, out var payloadFailure) is not { } payload)
            {
                return AuthenticationResult.Unauthorized(payloadFailure ?? "malformed token");
            }

            // Needs no key, so it runs before the signature check (and before IdentityModel reads claims it may choke
            // on, such as a null exp); a token of the wrong shape is refused either way.
            if (RegisteredClaimRules.Check(payload, _options.AppId!) is { } claimFailure)
            {
                return AuthenticationResult.Unauthorized(claimFailure);
            }

            if (!TryRead(token, out var unverified))
            {
                return AuthenticationResult.Unauthorized("malformed token");
            }

            // Refuse 'none' and HMAC before any key lookup; the handler is told the same list as a second line.
            if (!SigningAlgorithms.IsAllowed(unverified.Alg))
            {
                return AuthenticationResult.Unauthorized("signing algorithm not allowed");
            }

            // The unverified issuer only picks which key set to check against; the handler then verifies it.
            return _emulatorIssuers.Contains(unverified.Issuer)
                ? await AuthenticateEmulatorAsync(token, payload, serviceUrl, cancellationToken).ConfigureAwait(false)
                : await AuthenticateChannelAsync(token, payload, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Whatever the input, a caller gets a 401, never an exception (and never the token in the text).
            return AuthenticationResult.Unauthorized($"authentication failed ({ex.GetType().Name})");
        }
    }

    private static AuthenticationResult AuthenticateLocal(string? authorizationHeader, string? serviceUrl, bool fromLoopback)
    {
        if (!string.IsNullOrEmpty(authorizationHeader))
        {
            return AuthenticationResult.Unauthorized(
                "an Authorization header was sent but no app id is configured, so there is no audience to validate the token for");
        }

        return fromLoopback
            ? new AuthenticationResult(true, 200, null, serviceUrl, Anonymous: true)
            : AuthenticationResult.Unauthorized("no app id is configured; unauthenticated requests are accepted from loopback only");
    }

    private async Task<AuthenticationResult> AuthenticateChannelAsync(
        string token, TokenPayload payload, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var validated = await _validator.ValidateAsync(
            token, _channelMetadata.Value, [_options.ChannelIssuer], _options.AppId!, cancellationToken).ConfigureAwait(false);
        if (validated.Token is null || validated.Configuration is null)
        {
            return AuthenticationResult.Unauthorized(validated.Failure ?? "token validation failed");
        }

        var endorsementFailure = await CheckEndorsementAsync(validated, channelId, cancellationToken).ConfigureAwait(false);
        if (endorsementFailure is not null)
        {
            return endorsementFailure;
        }

        var hasClaim = payload.TryGetString("serviceurl", out var claimedServiceUrl);
        if (ServiceUrlFailure(hasClaim, claimedServiceUrl, serviceUrl) is { } failure)
        {
            return AuthenticationResult.Unauthorized(failure);
        }

        return new AuthenticationResult(true, 200, null, claimedServiceUrl, Anonymous: false);
    }

    /// <summary>The signing key must be endorsed for the activity's channel; returns the failure, or null when it is.</summary>
    private async Task<AuthenticationResult?> CheckEndorsementAsync(ValidatedToken validated, string? channelId, CancellationToken cancellationToken)
    {
        var keyId = validated.Token!.SigningKey?.KeyId ?? validated.Token.Kid;
        var jwksUri = validated.Configuration!.JwksUri;
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(jwksUri))
        {
            return AuthenticationResult.Unauthorized("signing key has no id or metadata has no jwks_uri");
        }

        IReadOnlySet<string>? endorsements;
        try
        {
            endorsements = await _endorsements.GetEndorsementsAsync(jwksUri, keyId, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return AuthenticationResult.Unauthorized("signing key endorsements unavailable");
        }

        if (endorsements is null)
        {
            // A key the keys document does not list cannot be vouched for, whatever the channel.
            return AuthenticationResult.Unauthorized("signing key not listed in the keys document");
        }

        if (string.IsNullOrEmpty(channelId))
        {
            return AuthenticationResult.Unauthorized("activity has no channelId to check the key's endorsement against");
        }

        if (!endorsements.Contains(channelId))
        {
            return AuthenticationResult.Forbidden("signing key is not endorsed for this channel");
        }

        return null;
    }

    private async Task<AuthenticationResult> AuthenticateEmulatorAsync(
        string token, TokenPayload payload, string? serviceUrl, CancellationToken cancellationToken)
    {
        // The Emulator asks Entra ID for a token to our app, so its audience is our app id. That also keeps out the
        // outbound Bot Connector tokens the same issuer gives us (their audience is the Bot Framework), which could
        // otherwise be replayed here to steer our replies somewhere else.
        var validated = await _validator.ValidateAsync(
            token, _emulatorMetadata.Value, _emulatorIssuerList, audience: _options.AppId!, cancellationToken).ConfigureAwait(false);
        if (validated.Token is null)
        {
            return AuthenticationResult.Unauthorized(validated.Failure ?? "token validation failed");
        }

        var appId = EmulatorTokenClaims.GetAppId(validated.Token, out var failure);
        if (appId is null)
        {
            return AuthenticationResult.Unauthorized(failure ?? "emulator token has no app id");
        }

        if (!string.Equals(appId, _options.AppId, StringComparison.Ordinal))
        {
            return AuthenticationResult.Unauthorized("emulator token was issued to another app");
        }

        // AAD tokens carry no serviceurl claim (the SDK does not look for one); if one is present anyway it must agree.
        if (payload.TryGetString("serviceurl", out var claimed) && ServiceUrlFailure(true, claimed, serviceUrl) is { } serviceUrlFailure)
        {
            return AuthenticationResult.Unauthorized(serviceUrlFailure);
        }

        // Nothing in an Emulator token vouches for a service URL: it may only address this machine.
        if (!IsLoopback(serviceUrl))
        {
            return AuthenticationResult.Unauthorized("emulator tokens may only reply to a service on this machine");
        }

        return new AuthenticationResult(true, 200, null, serviceUrl, Anonymous: false);
    }

    /// <summary>
    /// Why the token's <c>serviceurl</c> claim does not vouch for the activity's <paramref name="serviceUrl"/>, or null
    /// when it does (or there is none to vouch for). Compared exactly, as the JavaScript SDK does (<c>!==</c>), which real
    /// channels evidently pass. The .NET SDK ignores case, but a URL whose path differs in case can be another URL, and
    /// our token would be sent there.
    /// </summary>
    private static string? ServiceUrlFailure(bool hasClaim, string? claimed, string? serviceUrl) => (hasClaim, claimed, serviceUrl) switch
    {
        (true, null, _) => "serviceurl claim is not a string",
        (_, _, null) => null,
        (false, _, _) => "token has no serviceurl claim",
        _ when !string.Equals(claimed, serviceUrl, StringComparison.Ordinal) => "serviceurl claim does not match the activity's serviceUrl",
        _ => null,
    };

    // The same rule as local mode: the host written plainly as this machine, not a spelling some parser reads as it.
    private static bool IsLoopback(string? url) => Connector.ServiceUrl.TryParse(url) is { IsLocal: true };

    private bool TryRead(string token, out JsonWebToken jwt)
    {
        jwt = null!;
        try
        {
            if (!_handler.CanReadToken(token))
            {
                return false;
            }

            jwt = _handler.ReadJsonWebToken(token);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private OpenIdMetadataSource CreateMetadataSource(string url, IDocumentRetriever retriever, TimeProvider time) =>
        new(url, retriever, _options.MetadataRefreshInterval, new RefreshGate(time, _options.MinimumForcedRefreshInterval),
            _options.ForcedRefreshWait);
}
