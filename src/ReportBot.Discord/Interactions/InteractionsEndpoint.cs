using System.Text.Json;
using ReportBot.Core.IO;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: Discord's HTTP interactions. In order, before any work: the size limit; the
/// Ed25519 signature on the raw bytes (401 otherwise, as Discord's own probes expect); the signed timestamp's
/// freshness (401); the replay check of the interaction id (401). Only then is the interaction deserialised and
/// answered, inline. Gateway interactions arrive over an authenticated websocket and take none of these checks.
/// </summary>
public sealed partial class InteractionsEndpoint(
    InteractionSignatureVerifier verifier,
    InteractionReplayCache replays,
    InteractionProcessor processor,
    Microsoft.Extensions.Options.IOptions<Hosting.DiscordOptions> options,
    TimeProvider time,
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
        string timestamp = headers["X-Signature-Timestamp"].ToString();
        if (!verifier.IsValid(headers["X-Signature-Ed25519"].ToString(), timestamp, body))
        {
            Log.BadSignature(logger);
            return Unauthorized("invalid request signature");
        }

        // A signature never expires: without these two checks a captured request could be sent again at any time.
        if (RefuseStale(timestamp, out long signedAt) is { } stale) return stale;
        // The id comes from the body whose signature just verified, so only Discord's own ids are ever remembered.
        if (!InteractionHead.TryRead(body, out var head)) return NotAnInteraction();
        if (RefuseReplay(head, signedAt) is { } replay) return replay;

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            return NotAnInteraction();
        }
        if (interaction is null || interaction.Type == 0)
            return Results.Problem("The interaction has no type.", statusCode: StatusCodes.Status400BadRequest);
        if (!interaction.CanBeAnswered)
            return Results.Problem("The interaction has no id or token.", statusCode: StatusCodes.Status400BadRequest);
        // The replay check must have been about the interaction that is answered.
        if (interaction.Id != head.Id || (int)interaction.Type != head.Type)
            return Results.Problem("The interaction's id or type is ambiguous.", statusCode: StatusCodes.Status400BadRequest);

        var response = await processor.FirstResponseAsync(interaction, Core.Platforms.Platform.DiscordInteraction, context.RequestAborted);
        return Results.Json(response, DiscordJsonContext.Default.InteractionResponse);
    }

    /// <summary>Null when the signed timestamp is decimal Unix seconds within the window of now; else a 401.</summary>
    private IResult? RefuseStale(string timestamp, out long signedAt)
    {
        if (!InteractionTimestamp.TryParse(timestamp, out signedAt))
        {
            Log.MalformedTimestamp(logger);
            return Unauthorized("invalid request timestamp");
        }
        var now = time.GetUtcNow();
        if (InteractionTimestamp.IsFresh(signedAt, now)) return null;
        Log.StaleTimestamp(logger, now.ToUnixTimeSeconds() - signedAt);
        return Unauthorized("stale request timestamp");
    }

    /// <summary>
    /// Null when the interaction's id was not seen within the window (it is remembered now); else the refusal.
    /// Discord's endpoint check sends pings; answering one again changes nothing, so pings are not held to the
    /// replay rule (nor take room in the cache), though they still need a valid signature and a fresh timestamp.
    /// </summary>
    private IResult? RefuseReplay(InteractionHead head, long signedAt)
    {
        if (head.Type == (int)InteractionType.Ping) return null;
        if (string.IsNullOrWhiteSpace(head.Id))
            return Results.Problem("The interaction has no id or token.", statusCode: StatusCodes.Status400BadRequest);
        switch (replays.TryRemember(head.Id, signedAt))
        {
            case ReplayVerdict.First:
                return null;
            case ReplayVerdict.Replayed:
                Log.Replayed(logger, head.Id);
                return Unauthorized("interaction already received");
            case ReplayVerdict.BeforeStart:
                Log.SignedBeforeStart(logger, head.Id);
                return Unauthorized("interaction signed before this process started");
            case ReplayVerdict.Full:
                Log.ReplayCacheFull(logger, head.Id, replays.Capacity);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            default: // Expired: the request's window closed between the freshness check and the cache's own clock.
                Log.StaleTimestamp(logger, time.GetUtcNow().ToUnixTimeSeconds() - signedAt);
                return Unauthorized("stale request timestamp");
        }
    }

    private static IResult Unauthorized(string reason) => Results.Text(reason, statusCode: StatusCodes.Status401Unauthorized);

    private static IResult NotAnInteraction() =>
        Results.Problem("The body is not an interaction.", statusCode: StatusCodes.Status400BadRequest);

    private static partial class Log
    {
        [LoggerMessage(6, LogLevel.Information, "Refused Discord interaction {Id}: signed before this process started, so an earlier one may have answered it")]
        public static partial void SignedBeforeStart(ILogger logger, string id);

        [LoggerMessage(1, LogLevel.Information, "Rejected a Discord interaction request with an invalid signature")]
        public static partial void BadSignature(ILogger logger);

        [LoggerMessage(2, LogLevel.Information, "Rejected a signed Discord interaction request whose timestamp is not decimal Unix seconds")]
        public static partial void MalformedTimestamp(ILogger logger);

        [LoggerMessage(3, LogLevel.Information, "Rejected a signed Discord interaction request signed {AgeSeconds} s ago (negative: in the future), outside the freshness window")]
        public static partial void StaleTimestamp(ILogger logger, long ageSeconds);

        [LoggerMessage(4, LogLevel.Information, "Rejected Discord interaction {Id}: the same id was received within the freshness window (a replay)")]
        public static partial void Replayed(ILogger logger, string id);

        [LoggerMessage(5, LogLevel.Warning, "Refused Discord interaction {Id}: {Capacity} interaction ids within the freshness window are already remembered")]
        public static partial void ReplayCacheFull(ILogger logger, string id, int capacity);
    }
}
