using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// Runs <see cref="JsonWebTokenHandler"/> against one metadata source's keys, refreshing the keys once
/// when the token names a key we have not seen (keys roll over without notice).
/// </summary>
internal sealed class SignedTokenValidator(JsonWebTokenHandler handler, TokenLifetimeValidator lifetime)
{
    /// <param name="audience">The required <c>aud</c>. <see cref="RegisteredClaimRules"/> has already checked its exact form; this is a second line.</param>
    public async Task<ValidatedToken> ValidateAsync(
        string token, OpenIdMetadataSource source, IReadOnlyList<string> issuers, string audience, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await source.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ValidatedToken.Failed("signing keys unavailable");
        }

        var result = await ValidateOnceAsync(token, configuration, issuers, audience).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            var refreshed = await source.RefreshAsync(configuration, cancellationToken).ConfigureAwait(false);
            if (refreshed is not null)
            {
                configuration = refreshed;
                result = await ValidateOnceAsync(token, configuration, issuers, audience).ConfigureAwait(false);
            }
        }

        return result.IsValid && result.SecurityToken is JsonWebToken validated
            ? new ValidatedToken(validated, configuration, null)
            : ValidatedToken.Failed(TokenFailureText.Describe(result.Exception));
    }

    private async Task<TokenValidationResult> ValidateOnceAsync(
        string token, OpenIdConnectConfiguration configuration, IReadOnlyList<string> issuers, string audience)
    {
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuers = issuers,
            ValidateAudience = true,
            ValidAudience = audience,
            // IdentityModel would otherwise take "app-id/" for "app-id"; the SDK does not.
            IgnoreTrailingSlashWhenValidatingAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            LifetimeValidator = lifetime.Validate,
            RequireSignedTokens = true,
            IssuerSigningKeys = configuration.SigningKeys,
            // Match the key by kid only, so the kid we look endorsements up by is the key that really signed.
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = SigningAlgorithms.Allowed,
        };

        try
        {
            return await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The handler reports failures in the result, but malformed input must never escape as an exception.
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }
    }
}
