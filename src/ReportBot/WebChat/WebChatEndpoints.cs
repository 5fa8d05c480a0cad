using System.Text.Json;
using ReportBot.Core.Conversations;
using ReportBot.Core.IO;
using ReportBot.Core.Platforms;

namespace ReportBot.WebChat;

/// <summary>
/// <c>POST /api/chat</c>: the local chat page's way in. It goes through the same <see cref="ConversationHandler"/>
/// as Teams and Discord; this endpoint only translates JSON. The first request carries no conversation id and gets
/// one issued with its reply; later requests must carry an id this bot issued.
/// </summary>
public static class WebChatEndpoints
{
    private const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/chat", HandleAsync);
        endpoints.MapGet("/api/chat/{conversationId}/messages", (string conversationId, long? after, WebChatOutbox outbox, WebConversationIds ids) =>
            ids.IsValid(conversationId)
                ? Results.Json(outbox.After(conversationId, after ?? 0).Select(m => new { sequence = m.Sequence, reply = m.Reply }), JsonSerializerOptions.Web)
                : UnknownConversation());
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, ConversationHandler handler,
        WebConversationIds ids, NewChatLimiter newChats)
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
        if (request is null) return Results.Problem("The body must be a JSON object.", statusCode: StatusCodes.Status400BadRequest);

        string client = Core.Net.ClientAddressKey.For(context.Connection.RemoteIpAddress);
        string conversation;
        if (request.ConversationId is null)
        {
            if (!newChats.TryAcquire(client))
                return Results.Problem("Too many new conversations from this address. Please wait a minute.", statusCode: StatusCodes.Status429TooManyRequests);
            conversation = ids.Issue();
        }
        else if (ids.IsValid(request.ConversationId))
        {
            conversation = request.ConversationId;
        }
        else
        {
            return UnknownConversation();
        }

        var turn = request.Action is { } encoded
            ? TurnAction.TryDecode(encoded) is { } action
                ? new Turn(Platform.WebChat, conversation, conversation, null, action)
                : new Turn(Platform.WebChat, conversation, conversation, null) { UnknownAction = encoded }
            : new Turn(Platform.WebChat, conversation, conversation, request.Text);
        // The page's user is the only member of its conversation, so they may set it up.
        // The page's conversation can be posted to later (the daily digest) by its id alone.
        turn = turn with { MayConfigure = true, ClientAddress = client, ReturnAddress = new ReturnAddress(conversation, Verified: true) };
        return Results.Json(WebReply.From(handler.Handle(turn)) with { ConversationId = conversation }, JsonSerializerOptions.Web);
    }

    /// <summary>The page drops the id it holds and starts a new conversation when it gets this.</summary>
    private static IResult UnknownConversation() => Results.Problem(
        "This conversation was not started by this bot (or its state file was replaced). Reload the page to start a new one.",
        statusCode: StatusCodes.Status403Forbidden);
}
