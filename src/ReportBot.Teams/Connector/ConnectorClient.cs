using System.Net.Http.Headers;
using System.Net.Http.Json;
using ReportBot.Core.Net;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Connector;

/// <summary>
/// Posts activities to the Bot Connector REST API. Retries of 429/5xx (honouring Retry-After) are done by the
/// resilience handler registered on the named client.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClients, IBotTokenProvider tokens, SecretRedactor redactor)
{
    /// <summary>The named HttpClient (with its resilience handler) used for connector calls.</summary>
    public const string HttpClientName = "botframework-connector";

    /// <summary><c>POST {serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c> (<see cref="ServiceUrl.Activities"/>).</summary>
    /// <exception cref="ArgumentException">An id that cannot be a path segment ("." or "..", empty).</exception>
    public async Task<ResourceResponse?> SendAsync(ServiceUrl serviceUrl, string conversationId, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, serviceUrl.Activities(conversationId, replyToId))
        {
            Content = JsonContent.Create(activity, TeamsJsonContext.Default.Activity),
        };
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new ConnectorException(response.StatusCode, $"The Bot Connector answered {(int)response.StatusCode} {redactor.Redact(response.ReasonPhrase, 100)}");
        if (response.Content.Headers.ContentLength is 0) return null;
        try
        {
            return await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ResourceResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
