using System.Net;
using System.Text.Json;
using ReportBot.Core.IO;
using Microsoft.Extensions.Options;
using ReportBot.Teams.Authentication;
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
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUri) || serviceUri.Scheme is not ("http" or "https"))
            return Problem(StatusCodes.Status400BadRequest, "The activity has no valid serviceUrl.");

        var remote = context.Connection.RemoteIpAddress;
        bool fromLoopback = remote is not null && IPAddress.IsLoopback(remote);
        var auth = await authenticator.AuthenticateAsync(
            request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity.ChannelId, activity.ServiceUrl, fromLoopback, context.RequestAborted);
        if (!auth.Succeeded)
        {
            Log.Rejected(logger, auth.StatusCode, auth.Failure ?? "");
            return Results.StatusCode(auth.StatusCode);
        }
        // Local mode sends no token, but still only ever to this machine.
        if (auth.Anonymous && !serviceUri.IsLoopback)
        {
            Log.Rejected(logger, 401, "local mode replies only to loopback service URLs");
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var outcome = await processor.ProcessAsync(activity, auth, context.RequestAborted);
        return outcome.InvokeBody is null ? Results.StatusCode(outcome.StatusCode) : Results.Json(outcome.InvokeBody, statusCode: outcome.StatusCode);
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Rejected a Bot Framework request with {Status}: {Reason}")]
        public static partial void Rejected(ILogger logger, int status, string reason);
    }
}
