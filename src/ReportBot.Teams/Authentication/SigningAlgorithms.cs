using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// The only algorithms a Bot Framework token may be signed with. Everything else, <c>none</c> and the HMAC family
/// in particular, is refused before and during validation.
/// </summary>
internal static class SigningAlgorithms
{
    public static IReadOnlyList<string> Allowed { get; } =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static bool IsAllowed(string? algorithm) => algorithm is not null && Allowed.Contains(algorithm, StringComparer.Ordinal);
}
