using System.Net;
using Polly;

namespace ReportBot.Teams.Connector;

/// <summary>Which failed connector calls are worth another attempt.</summary>
public static class ConnectorRetryPolicy
{
    /// <summary>
    /// 429 and 5xx answers (the connector said it did not take the activity) and connection failures (it never saw
    /// it). Not timeouts: the activity may have been posted, and a retry would post it twice.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        _ => false,
    };
}
