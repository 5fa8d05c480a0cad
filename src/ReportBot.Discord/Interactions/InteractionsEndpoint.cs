using System.Text.Json;
using ReportBot.Core.IO;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: Discord's HTTP interactions. Every request's Ed25519 signature is checked on
/// the raw bytes before anything else is read (401 otherwise, as Discord's own probes expect); the response goes
/// back inline.
/// </summary>
public sealed partial class InteractionsEndpoint(
    InteractionSignatureVerifier verifier,
    InteractionProcessor processor,
    Microsoft.Extensions.Options.IOptions<Hosting.DiscordOptions> options,
    ILogger<InteractionsEndpoint> logger)
{
    public const string Path = "/discord/interactions";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        int limit = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > limit) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await BoundedReader.ReadAsync(context.Request.Body, limit, context.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var headers = context.Request.Headers;
        if (!verifier.IsValid(headers["X-Signature-Ed25519"].ToString(), headers["X-Signature-Timestamp"].ToString(), body))
        {
            Log.BadSignature(logger);
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            return Results.Problem("The body is not an interaction.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (interaction is null || interaction.Type == 0)
            return Results.Problem("The interaction has no type.", statusCode: StatusCodes.Status400BadRequest);
        if (!interaction.CanBeAnswered)
            return Results.Problem("The interaction has no id or token.", statusCode: StatusCodes.Status400BadRequest);

        var response = await processor.FirstResponseAsync(interaction, Core.Platforms.Platform.DiscordInteraction, context.RequestAborted);
        return Results.Json(response, DiscordJsonContext.Default.InteractionResponse);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Rejected a Discord interaction request with an invalid signature")]
        public static partial void BadSignature(ILogger logger);
    }
}
