using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ReportBot.LoadTest;

/// <summary>
/// The one part of Discord's REST API the bot calls during a load test, on loopback: a deferred answer is edited in
/// with <c>PATCH /webhooks/{applicationId}/{token}/messages/@original</c>, which needs no bot token (the bot is given
/// none, so it sends nothing else). Edits are counted; any other request is answered 404, so a bot that starts
/// calling more of the API shows up as errors rather than passing unnoticed.
/// </summary>
public sealed class LoopbackDiscordWebhooks : IAsyncDisposable
{
    private const string ApiPrefix = "/api/v10";

    private readonly WebApplication _app;
    private int _originalEdits;

    private LoopbackDiscordWebhooks(WebApplication app, Uri address)
    {
        _app = app;
        ApiBaseUrl = address.ToString().TrimEnd('/') + ApiPrefix;
    }

    /// <summary>The value for <c>Discord:ApiBaseUrl</c>, like Discord's <c>https://discord.com/api/v10</c>.</summary>
    public string ApiBaseUrl { get; }

    /// <summary>Edits of an original interaction response received so far.</summary>
    public int OriginalEdits => Volatile.Read(ref _originalEdits);

    public static async Task<LoopbackDiscordWebhooks> StartAsync(string applicationId)
    {
        LoopbackDiscordWebhooks? webhooks = null;
        var (app, address) = await LoopbackApp.StartAsync(app =>
            app.MapMethods(ApiPrefix + "/webhooks/{applicationId}/{token}/messages/@original", ["PATCH"], async (HttpContext context) =>
            {
                // Discord answers an edit for another application with 404 Unknown Webhook.
                if (context.Request.RouteValues["applicationId"] as string != applicationId)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
                await context.Request.Body.CopyToAsync(Stream.Null);
                Interlocked.Increment(ref webhooks!._originalEdits);
                await context.Response.WriteAsJsonAsync(new { id = "0", webhook_id = applicationId });
            }));
        webhooks = new LoopbackDiscordWebhooks(app, address);
        return webhooks;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
