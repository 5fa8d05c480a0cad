using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ReportBot.Testing;

/// <summary>
/// What every fake route does around its own behaviour, in Discord's order: authentication, body parsing, the
/// global pause, scripted replies, the bucket's limit, then the route; and recording the request with its answer.
/// </summary>
internal static class FakeDiscordRestPipeline
{
    internal delegate FakeDiscordRestResult Handler(FakeDiscordRestState state, HttpContext context, JsonElement? body, DateTimeOffset now);

    public static async Task HandleAsync(
        HttpContext context, FakeDiscordRestState state, string prefix, FakeDiscordRestRoute route, string major, Handler handler)
    {
        var now = state.Time.GetUtcNow();
        var (body, bodyError) = await ReadBodyAsync(context.Request);
        FakeDiscordRestResult result;
        IReadOnlyList<FakeDiscordRestMessage> created;
        lock (state.Sync)
        {
            int messagesBefore = state.MessageCount;
            bool scripted = false;
            result = Decide(context, state, route, major, body, bodyError, now, handler, ref scripted);
            state.Record(Describe(context, prefix, route, body, now, result.Fault == NetworkFault.None ? result.Status : 0, scripted));
            created = state.MessagesSince(messagesBefore);
        }
        state.Changed();
        foreach (var message in created) state.RaiseMessageCreated(message);
        if (result.Fault != NetworkFault.None)
        {
            await NetworkFaults.ApplyAsync(context, result.Fault);
            return;
        }

        context.Response.StatusCode = result.Status;
        if (result.Body is { } json)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json.ToJsonString());
        }
    }

    private static FakeDiscordRestResult Decide(HttpContext context, FakeDiscordRestState state, FakeDiscordRestRoute route, string major,
        JsonElement? body, FakeDiscordRestResult? bodyError, DateTimeOffset now, Handler handler, ref bool scripted)
    {
        if (route == FakeDiscordRestRoute.Unknown) return FakeDiscordRestResult.Error(404, 0, "404: Not Found");
        if (RequiresBotToken(route) && !IsAuthorised(context.Request, state)) return FakeDiscordRestResult.Error(401, 0, "401: Unauthorized");
        if (bodyError is not null) return bodyError;

        var response = context.Response;
        if (!IsGlobalExempt(route) && now < state.Buckets.GlobalBlockedUntil)
        {
            var wait = state.Buckets.GlobalBlockedUntil - now;
            FakeDiscordRestBuckets.WriteRetryAfter(response, wait, "global", global: true);
            return FakeDiscordRestResult.RateLimited(wait, global: true, "You are being rate limited (global).");
        }

        var window = state.Buckets.Current(route, major, now);
        if (state.TryTakeScript(route, out var reply))
        {
            scripted = true;
            if (reply.Fault != NetworkFault.None)
                return (reply.FaultAfterHandling ? handler(state, context, body, now) : new FakeDiscordRestResult(0)) with { Fault = reply.Fault };
            return Scripted(response, state, route, window, reply, now);
        }
        if (window.Remaining <= 0)
        {
            FakeDiscordRestBuckets.WriteHeaders(response, route, window, now);
            FakeDiscordRestBuckets.WriteRetryAfter(response, window.ResetAt - now, "user", global: false);
            return FakeDiscordRestResult.RateLimited(window.ResetAt - now, global: false);
        }
        window.Remaining--;
        FakeDiscordRestBuckets.WriteHeaders(response, route, window, now);
        return handler(state, context, body, now);
    }

    private static FakeDiscordRestResult Scripted(HttpResponse response, FakeDiscordRestState state, FakeDiscordRestRoute route,
        FakeDiscordRestBuckets.Window window, FakeDiscordRestReply reply, DateTimeOffset now)
    {
        if (reply.Status != 429)
        {
            if (reply.IncludeRateLimitHeaders) FakeDiscordRestBuckets.WriteHeaders(response, route, window, now);
            return FakeDiscordRestResult.Error(reply.Status, reply.Code, reply.Message ?? reply.Status + ": Error");
        }
        var retryAfter = reply.RetryAfter ?? TimeSpan.FromSeconds(1);
        if (reply.Global)
        {
            state.Buckets.GlobalBlockedUntil = now + retryAfter;
        }
        else
        {
            // The bucket is empty until retry_after has passed, then refills.
            window.Remaining = 0;
            window.ResetAt = now + retryAfter;
            if (reply.IncludeRateLimitHeaders) FakeDiscordRestBuckets.WriteHeaders(response, route, window, now);
        }
        FakeDiscordRestBuckets.WriteRetryAfter(response, retryAfter, reply.Scope ?? "user", reply.Global);
        return FakeDiscordRestResult.RateLimited(retryAfter, reply.Global, reply.Message ?? "You are being rate limited.");
    }

    public static bool RequiresBotToken(FakeDiscordRestRoute route) => route is not (FakeDiscordRestRoute.Unknown or
        FakeDiscordRestRoute.InteractionCallback or FakeDiscordRestRoute.EditOriginalResponse);

    public static bool IsGlobalExempt(FakeDiscordRestRoute route) =>
        route is FakeDiscordRestRoute.InteractionCallback or FakeDiscordRestRoute.EditOriginalResponse;

    private static bool IsAuthorised(HttpRequest request, FakeDiscordRestState state)
    {
        string authorization = request.Headers.Authorization.ToString();
        return state.BotToken is { } token
            ? authorization == "Bot " + token
            : authorization.StartsWith("Bot ", StringComparison.Ordinal) && authorization.Length > 4;
    }

    private static async Task<(JsonElement? Body, FakeDiscordRestResult? Error)> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any()) return (null, null);
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return (null, FakeDiscordRestResult.InvalidForm("_root", "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json'}."));
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return (null, FakeDiscordRestResult.Error(400, 50109, "The request body contains invalid JSON."));
        }
    }

    private static FakeDiscordRestRequest Describe(
        HttpContext context, string prefix, FakeDiscordRestRoute route, JsonElement? body, DateTimeOffset now, int status, bool scripted)
    {
        string rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        string rawPath = rawTarget.Split('?', 2)[0];
        if (rawPath.StartsWith(prefix, StringComparison.Ordinal)) rawPath = rawPath[prefix.Length..];
        string path = context.Request.Path.ToString();
        if (path.StartsWith(prefix, StringComparison.Ordinal)) path = path[prefix.Length..];
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new FakeDiscordRestRequest(route, context.Request.Method, path, rawPath, context.Request.QueryString.ToString(),
            headers, body, now, status, scripted);
    }
}
