using System.Text.Json;
using Microsoft.Extensions.Options;
using ReportBot.Core.Conversations;
using ReportBot.Core.Digest;
using ReportBot.Core.Net;
using ReportBot.Core.Platforms;
using ReportBot.Teams.Cards;
using ReportBot.Teams.Connector;
using ReportBot.Teams.Hosting;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Digest;

/// <summary>
/// Posts digests into Teams (and other Bot Framework) conversations with the reference stored when the conversation
/// was last seen: <c>POST {serviceUrl}/v3/conversations/{id}/activities</c>. Our token only ever goes to a service
/// URL that came with an authenticated request, or to this machine.
/// </summary>
public sealed class TeamsDigestSender(ConnectorClient connector, IOptions<TeamsOptions> options, SecretRedactor redactor) : IDigestSender
{
    private static readonly HashSet<string> Channels = Platform.All.Where(p => p.Door == Door.BotFramework).Select(p => p.Key).ToHashSet();

    public bool Serves(string platform) => Channels.Contains(platform);

    public async Task<DigestSendResult> SendAsync(ConversationAddress address, Reply message, string nonce, CancellationToken cancellationToken)
    {
        ConversationReference? reference;
        try
        {
            reference = JsonSerializer.Deserialize(address.Reference, TeamsJsonContext.Default.ConversationReference);
        }
        catch (JsonException)
        {
            reference = null;
        }
        if (reference is null || ServiceUrl.TryParse(reference.ServiceUrl) is not { } serviceUrl || !ServiceUrl.IsPathSegment(reference.Conversation.Id))
            return DigestSendResult.Gone("the stored conversation reference is unreadable");
        if (!address.Verified && !serviceUrl.IsLocal)
            return DigestSendResult.Gone("the conversation's service URL was never vouched for by an authenticated request");

        var activity = TeamsReplyRenderer.Render(message, options.Value.MaxReplyBytes) with
        {
            From = reference.Bot,
            Conversation = reference.Conversation,
            Locale = reference.Locale,
        };
        try
        {
            await connector.SendAsync(serviceUrl, reference.Conversation.Id!, activity, replyToId: null, cancellationToken).ConfigureAwait(false);
            return DigestSendResult.Sent;
        }
        catch (ConnectorException e) when (e.IsPermanent)
        {
            return DigestSendResult.Gone($"Teams answered {(int)e.Status}: the conversation is gone or the bot was removed");
        }
        // Teams can't spot a resend, so what matters is whether the post may have arrived: not when the connector
        // answered, the connection never opened, the circuit was open or the token could not be had; maybe when
        // the attempt timed out or the connection broke after the request went out.
        catch (Exception e) when (e is ConnectorException or Polly.CircuitBreaker.BrokenCircuitException or Polly.RateLimiting.RateLimiterRejectedException
            or Microsoft.Identity.Client.MsalException
            or HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return DigestSendResult.Retry(redactor.Redact(e.Message));
        }
        catch (Exception e) when (e is HttpRequestException or Polly.ExecutionRejectedException)
        {
            return DigestSendResult.Uncertain(redactor.Redact(e.Message));
        }
    }
}
