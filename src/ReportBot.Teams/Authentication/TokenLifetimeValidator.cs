using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// Checks <c>nbf</c>/<c>exp</c> against an injectable clock. IdentityModel 8 reads the system clock and offers no public
/// <see cref="TimeProvider"/> hook, so this replaces its lifetime check (tests use a fake clock).
/// </summary>
internal sealed class TokenLifetimeValidator(TimeProvider timeProvider, TimeSpan clockSkew)
{
    /// <summary>Signature of <see cref="TokenValidationParameters.LifetimeValidator"/>; throws the usual IdentityModel exceptions on failure.</summary>
    public bool Validate(DateTime? notBefore, DateTime? expires, SecurityToken? token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (notBefore is { } start && now.Add(clockSkew) < start.ToUniversalTime())
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        if (now.Subtract(clockSkew) >= expires.Value.ToUniversalTime())
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }
}
