using System.Text.Json;
using System.Text.RegularExpressions;
using ReportBot.Core.Conversations;
using ReportBot.Core.IO;

namespace ReportBot.WebChat;

/// <summary>
/// <c>POST /api/chat</c>: the local chat page's way in. It goes through the same <see cref="ConversationHandler"/>
/// as Teams and Discord; this endpoint only translates JSON.
/// </summary>
public static partial class WebChatEndpoints
{
    /// <summary>Not "webchat": that is the Bot Framework Web Chat channel, a different thing.</summary>
    public const string Platform = "web";
    private const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/chat", HandleAsync);
        endpoints.MapGet("/api/chat/{conversationId}/messages", (string conversationId, long? after, WebChatOutbox outbox) =>
            ConversationIdPattern().IsMatch(conversationId)
                ? Results.Json(outbox.After(conversationId, after ?? 0).Select(m => new { sequence = m.Sequence, reply = m.Reply }), JsonSerializerOptions.Web)
                : Results.Problem("conversationId must be 1–64 letters, digits or dashes.", statusCode: StatusCodes.Status400BadRequest));
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, ConversationHandler handler, IConversationDirectory directory, TimeProvider time)
    {
        // JSON only: a page on another site cannot post JSON here without a CORS preflight, which is never granted.
        if (!context.Request.HasJsonContentType()) return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        if (context.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await BoundedReader.ReadAsync(context.Request.Body, MaxBodyBytes, context.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        WebChatRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<WebChatRequest>(body, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return Results.Problem("The body is not valid JSON.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (request is null || request.ConversationId is null || !ConversationIdPattern().IsMatch(request.ConversationId))
            return Results.Problem("conversationId must be 1–64 letters, digits or dashes.", statusCode: StatusCodes.Status400BadRequest);

        // The page's conversation can be posted to later (the daily digest) by its id alone.
        directory.Save(new ConversationAddress(Platform, request.ConversationId, request.ConversationId, Verified: true, time.GetUtcNow()));
        var turn = request.Action is { } encoded
            ? TurnAction.TryDecode(encoded) is { } action
                ? new Turn(Platform, request.ConversationId, request.ConversationId, null, action)
                : new Turn(Platform, request.ConversationId, request.ConversationId, null) { UnknownAction = encoded }
            : new Turn(Platform, request.ConversationId, request.ConversationId, request.Text);
        return Results.Json(WebReply.From(handler.Handle(turn)), JsonSerializerOptions.Web);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex ConversationIdPattern();
}
