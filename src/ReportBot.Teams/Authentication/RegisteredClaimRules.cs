using System.Text.Json;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// The shape the Bot Framework SDK (JavaScript, on jsonwebtoken) demands of <c>aud</c>, <c>exp</c> and <c>nbf</c>, checked
/// on the raw JSON. IdentityModel's own checks are looser: they ignore a trailing slash on the audience, accept any
/// matching entry of an audience array, and read a numeric string as a time.
/// </summary>
internal static class RegisteredClaimRules
{
    /// <summary>Why the payload is refused, or null when its registered claims are as the SDK would accept them.</summary>
    public static string? Check(TokenPayload payload, string appId)
    {
        // The SDK compares aud with === to the app id, so an array (even of one) or any other spelling never matches.
        if (!payload.TryGetString("aud", out var audience) || !string.Equals(audience, appId, StringComparison.Ordinal))
        {
            return "wrong audience (aud must be exactly the app id, as one string)";
        }

        // jsonwebtoken refuses an exp or nbf that is present but not a number (null included). Unlike it, we also
        // refuse a token without exp: a Bot Framework token always has one, and one without would never expire.
        if (payload.Find("exp") is not { } expires)
        {
            return "token has no expiry";
        }

        if (expires.ValueKind != JsonValueKind.Number)
        {
            return "exp claim is not a number";
        }

        if (payload.Find("nbf") is { ValueKind: not JsonValueKind.Number })
        {
            return "nbf claim is not a number";
        }

        return null;
    }
}
