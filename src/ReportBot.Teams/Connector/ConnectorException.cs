using System.Net;

namespace ReportBot.Teams.Connector;

/// <summary>The Bot Connector refused an activity (after retries); the status says whether to try again later.</summary>
public sealed class ConnectorException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>The conversation is gone or the bot was removed: retrying will not help.</summary>
    public bool IsPermanent => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone;
}
