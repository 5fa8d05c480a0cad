namespace ReportBot.Teams.Connector;

/// <summary>Bearer tokens for calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid access token, or null in local mode (no app id: outbound calls carry no token).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
