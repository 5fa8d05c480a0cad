using System.Text.Json;
using ReportBot.Core.IO;
using ReportBot.Core.Net;
using Microsoft.Extensions.Options;
using ReportBot.Teams.Authentication;
using ReportBot.Teams.Connector;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the HTTP edge of the Bot Framework adapter. Checks size and shape (413, 400), then
/// authentication (401/403), and only then hands the activity to the processor. Nothing is sent for a rejected
/// request.
/// </summary>
public sealed partial class BotFrameworkEndpoint(
    IBotAuthenticator authenticator,
    BotMessageProcessor processor,
    IOptions<TeamsOptions> options,
    ILogger<BotFrameworkEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        // A JSON content type cannot be sent cross-site without a CORS preflight, so a web page a developer visits
        // cannot drive a bot running in local mode.
        if (!request.HasJsonContentType()) return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        int limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var body = await BoundedReader.ReadAsync(request.Body, limit, context.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not a JSON activity.");
        }
        if (activity is null || string.IsNullOrEmpty(activity.Type))
            return Problem(StatusCodes.Status400BadRequest, "The activity has no type.");
        if (string.IsNullOrEmpty(activity.Conversation?.Id))
            return Problem(StatusCodes.Status400BadRequest, "The activity has no conversation.");
        if (!ServiceUrl.IsPathSegment(activity.Conversation.Id) || (activity.Id is not null && !ServiceUrl.IsPathSegment(activity.Id)))
            return Problem(StatusCodes.Status400BadRequest, "The activity's conversation or activity id cannot be used.");
        // Every id is kept in memory and in the state file for the conversation's address: none may be huge.
        if (activity.From?.Id is { Length: > ServiceUrl.MaxIdLength } || activity.Recipient?.Id is { Length: > ServiceUrl.MaxIdLength })
            return Problem(StatusCodes.Status400BadRequest, "The activity's from or recipient id is too long.");
        if (ServiceUrl.TryParse(activity.ServiceUrl) is not { } activityServiceUrl)
            return Problem(StatusCodes.Status400BadRequest, "The activity has no valid serviceUrl (an absolute http or https URL without user info, query or fragment).");

        // In local mode only a caller on this machine is let in, and loopback alone does not make one (a tunnel or
        // proxy here connects from loopback for anyone): the one rule for that is LocalCaller's.
        bool local = LocalCaller.IsLocal(context.Connection.RemoteIpAddress, request.Headers.Host.ToString(), request.Headers.Keys);
        var auth = await authenticator.AuthenticateAsync(
            request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity.ChannelId, activity.ServiceUrl, local, context.RequestAborted);
        if (!auth.Succeeded)
        {
            Log.Rejected(logger, auth.StatusCode, auth.Failure ?? "");
            return Results.StatusCode(auth.StatusCode);
        }
        // Local mode sends no token, but still only ever to this machine, named plainly; otherwise only to the service
        // URL the token vouched for.
        var replyTo = auth.Anonymous ? activityServiceUrl : ServiceUrl.TryParse(auth.VerifiedServiceUrl);
        if (replyTo is null || (auth.Anonymous && !replyTo.IsLocal))
        {
            Log.Rejected(logger, 401, auth.Anonymous
                ? "local mode replies only to service URLs on this machine (localhost, 127.x.y.z, [::1])"
                : "the token vouched for no usable service URL");
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var outcome = await processor.ProcessAsync(activity, replyTo, verified: !auth.Anonymous, context.RequestAborted);
        return outcome.InvokeBody is null ? Results.StatusCode(outcome.StatusCode) : Results.Json(outcome.InvokeBody, statusCode: outcome.StatusCode);
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Rejected a Bot Framework request with {Status}: {Reason}")]
        public static partial void Rejected(ILogger logger, int status, string reason);
    }
}
