using Microsoft.IdentityModel.JsonWebTokens;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// Finds the app an Emulator (AAD) token was issued to. AAD v1 tokens name it in <c>appid</c>, v2 tokens in <c>azp</c>;
/// <c>ver</c> says which, and a token without it is refused rather than guessed at.
/// </summary>
internal static class EmulatorTokenClaims
{
    /// <summary>The caller's app id, or null with a reason when the token does not say it in a form we accept.</summary>
    public static string? GetAppId(JsonWebToken token, out string? failure)
    {
        failure = null;
        if (!token.TryGetPayloadValue<string>("ver", out var version) || string.IsNullOrEmpty(version))
        {
            failure = "emulator token has no 'ver' claim";
            return null;
        }

        var claim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (claim is null)
        {
            failure = "emulator token has an unsupported 'ver' claim";
            return null;
        }

        if (!token.TryGetPayloadValue<string>(claim, out var appId) || string.IsNullOrEmpty(appId))
        {
            failure = $"emulator token has no '{claim}' claim";
            return null;
        }

        return appId;
    }
}
