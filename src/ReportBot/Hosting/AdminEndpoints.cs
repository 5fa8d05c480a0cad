using System.Net;

namespace ReportBot.Hosting;

/// <summary>
/// <c>POST /admin/reindex</c>: rebuild the index now (after editing the corpus, or from the <c>index</c> workflow).
/// Answered only to requests from this machine.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/reindex", async (HttpContext context, CorpusWatcher watcher) =>
        {
            if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            var (succeeded, message) = await watcher.ReloadNowAsync();
            return succeeded ? Results.Ok(new { message }) : Results.Problem(message, statusCode: StatusCodes.Status422UnprocessableEntity);
        });
        return endpoints;
    }
}
