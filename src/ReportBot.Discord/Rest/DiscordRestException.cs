using System.Net;

namespace ReportBot.Discord.Rest;

/// <summary>Discord refused a request (after any retries); <see cref="Code"/> is Discord's JSON error code if it sent one.</summary>
public sealed class DiscordRestException(HttpStatusCode status, int? code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public HttpStatusCode Status { get; } = status;

    public int? Code { get; } = code;

    /// <summary>The channel is gone or the bot may not post there: retrying will not help.</summary>
    public bool IsPermanent => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
