using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// Turns a validation exception into a short, fixed text for the log. IdentityModel's own messages can quote token
/// contents, so they are never passed on.
/// </summary>
internal static class TokenFailureText
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not valid yet",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidLifetimeException => "token lifetime invalid",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenSignatureKeyNotFoundException => "signing key not found",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenMalformedException or ArgumentException => "malformed token",
        null => "token validation failed",
        _ => $"token validation failed ({exception.GetType().Name})",
    };
}
