using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ReportBot.Teams.Authentication;

/// <summary>The result of the signature, issuer, audience and lifetime checks: the token and the metadata that vouched for it, or why not.</summary>
internal sealed record ValidatedToken(JsonWebToken? Token, OpenIdConnectConfiguration? Configuration, string? Failure)
{
    public static ValidatedToken Failed(string failure) => new(null, null, failure);
}
