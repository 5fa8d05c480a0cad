namespace ReportBot.Teams.Authentication;

/// <summary>
/// The outcome of checking an inbound Bot Framework request. On success it carries what the reply needs:
/// the service URL the token vouched for (the only place our own token may be sent).
/// </summary>
/// <param name="Succeeded">Whether the request may be processed.</param>
/// <param name="StatusCode">200 on success; 401 (bad or missing credentials) or 403 (valid token, wrong channel) otherwise.</param>
/// <param name="Failure">Why it failed, for the log; never contains the token.</param>
/// <param name="VerifiedServiceUrl">The token's <c>serviceurl</c> claim (equal to the activity's), or the loopback URL in local mode.</param>
/// <param name="Anonymous">True when no app id is configured and an unauthenticated loopback request was accepted.</param>
public sealed record AuthenticationResult(bool Succeeded, int StatusCode, string? Failure, string? VerifiedServiceUrl, bool Anonymous)
{
    public static AuthenticationResult Unauthorized(string failure) => new(false, 401, failure, null, false);

    public static AuthenticationResult Forbidden(string failure) => new(false, 403, failure, null, false);
}
