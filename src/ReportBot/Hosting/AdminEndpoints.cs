namespace ReportBot.Hosting;

/// <summary>
/// <c>POST /admin/reindex</c>: rebuild the index now (after editing the corpus, or from the <c>index</c> workflow).
/// Answered only to local callers (<see cref="Core.Net.LocalCaller"/>), and only with a JSON content type, which a
/// form on another site cannot send without a CORS preflight that is never granted.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/reindex", async (HttpContext context, CorpusWatcher watcher) =>
        {
            if (!context.IsLocalCaller()) return Results.StatusCode(StatusCodes.Status403Forbidden);
            if (!context.Request.HasJsonContentType())
                return Results.Problem("Send Content-Type: application/json (an empty JSON object will do).", statusCode: StatusCodes.Status415UnsupportedMediaType);
            var (succeeded, message) = await watcher.ReloadNowAsync();
            return succeeded ? Results.Ok(new { message }) : Results.Problem(message, statusCode: StatusCodes.Status422UnprocessableEntity);
        });
        return endpoints;
    }
}
