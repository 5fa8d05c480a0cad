namespace ReportBot.Teams.Authentication;

/// <summary>Decides whether an inbound <c>/api/messages</c> request may be processed.</summary>
public interface IBotAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, if any.</param>
    /// <param name="channelId">The activity's <c>channelId</c> (e.g. <c>msteams</c>, <c>emulator</c>).</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>.</param>
    /// <param name="fromLoopback">Whether the request came from this machine.</param>
    Task<AuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, bool fromLoopback, CancellationToken cancellationToken);
}
