using System.Net;
using ReportBot.Discord.Rest.RateLimits;

namespace ReportBot.Discord.Rest;

/// <summary>The outcome of one HTTP attempt: a response (status, body, rate-limit headers) or a network failure.</summary>
internal sealed record RestAttempt(HttpStatusCode Status, byte[] Body, RateLimitInfo Info, Exception? Error = null)
{
    /// <summary>For a 429: how long its bucket (or everything, when <see cref="Global"/>) is held back.</summary>
    public TimeSpan RetryAfter { get; init; }

    public bool Global { get; init; }

    public bool IsSuccess => Error is null && (int)Status is >= 200 and < 300;

    /// <summary>Worth retrying after a backoff: a network failure or a 5xx.</summary>
    public bool IsTransient => Error is not null || (int)Status >= 500;

    public static RestAttempt NetworkFailure(Exception error) =>
        new(HttpStatusCode.ServiceUnavailable, [], new RateLimitInfo(), error);
}
