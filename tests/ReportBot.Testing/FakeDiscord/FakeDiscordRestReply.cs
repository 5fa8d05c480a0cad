namespace ReportBot.Testing;

/// <summary>
/// A scripted answer that replaces the fake's normal behaviour for the next request(s) on a route (see
/// <see cref="FakeDiscordRestState.Script"/>). A 429 also holds back the bucket (or, when global, every route that
/// is bound by the global limit) for <see cref="RetryAfter"/>, as Discord would: a request arriving earlier gets an
/// unscripted 429.
/// </summary>
public sealed record FakeDiscordRestReply(int Status, int? Code = null, string? Message = null)
{
    /// <summary>For a 429: <c>retry_after</c> in the body (seconds with decimals) and <c>Retry-After</c> (rounded up).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For a 429: <c>global: true</c> in the body plus <c>X-RateLimit-Global: true</c>.</summary>
    public bool Global { get; init; }

    /// <summary>For a 429: <c>X-RateLimit-Scope</c> (<c>user</c>, <c>global</c> or <c>shared</c>).</summary>
    public string? Scope { get; init; }

    /// <summary>Whether to send the bucket's X-RateLimit-* headers (Discord does on 4xx; not on 5xx).</summary>
    public bool IncludeRateLimitHeaders { get; init; } = Status < 500;

    /// <summary>Instead of any answer: hold the response until the client gives up, or cut the connection.</summary>
    public NetworkFault Fault { get; init; }

    /// <summary>
    /// With a <see cref="Fault"/>: the route does its work first (a message is posted, an interaction acknowledged)
    /// and only the answer is lost, as when the network fails on the way back.
    /// </summary>
    public bool FaultAfterHandling { get; init; }

    public static FakeDiscordRestReply RateLimited(TimeSpan retryAfter, bool global = false, string? scope = null) =>
        new(429, global ? 0 : null, "You are being rate limited.")
        {
            RetryAfter = retryAfter,
            Global = global,
            Scope = scope ?? (global ? "global" : "user"),
        };

    public static FakeDiscordRestReply ServerError(int status = 500) => new(status, null, status + ": Internal Server Error");

    /// <summary>No answer until the client gives up; with <paramref name="afterHandling"/> the request took effect.</summary>
    public static FakeDiscordRestReply Hang(bool afterHandling = false) => new(0) { Fault = NetworkFault.Hang, FaultAfterHandling = afterHandling };

    /// <summary>The connection cut without an answer; with <paramref name="afterHandling"/> the request took effect.</summary>
    public static FakeDiscordRestReply Drop(bool afterHandling = false) => new(0) { Fault = NetworkFault.Drop, FaultAfterHandling = afterHandling };

    public static FakeDiscordRestReply NotFound(int code = 10003, string message = "Unknown Channel") => new(404, code, message);

    public static FakeDiscordRestReply Forbidden(int code = 50001, string message = "Missing Access") => new(403, code, message);

    public static FakeDiscordRestReply Unauthorized() => new(401, 0, "401: Unauthorized");

    public static FakeDiscordRestReply Error(int status, int code, string message) => new(status, code, message);
}
