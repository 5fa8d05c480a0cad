using System.Net;
using System.Net.Http.Headers;
using ReportBot.Core.Net;
using ReportBot.Discord.Hosting;
using ReportBot.Discord.Rest.RateLimits;
using Route = ReportBot.Discord.Rest.RateLimits.Route;

namespace ReportBot.Discord.Rest;

/// <summary>
/// Sends one <see cref="RestRequest"/> until it succeeds or must fail: waits for its bucket and the global limit,
/// refuses when too many invalid requests were made, retries 429s after Discord's delay and 5xx/network errors with
/// exponential backoff, and turns every other failure into a <see cref="DiscordRestException"/>.
/// </summary>
internal sealed partial class RestRequestSender(
    IHttpClientFactory httpClients, DiscordOptions discord, DiscordRestClientOptions options, BotTokenStatus token, SecretRedactor redactor,
    TimeProvider time, ILogger logger)
{
    private readonly string _baseUrl = discord.ApiBaseUrl.TrimEnd('/');
    private readonly BucketRegistry _buckets = new(time);
    private readonly GlobalRateLimiter _global = new();
    private readonly InvalidRequestGuard _guard = new(options.InvalidRequestThreshold, options.InvalidRequestWindow);

    /// <summary>Sends the request; returns the success status and the response body.</summary>
    public async Task<(HttpStatusCode Status, byte[] Body)> SendAsync(RestRequest request, CancellationToken cancellationToken)
    {
        if (request.UseBotToken && string.IsNullOrWhiteSpace(discord.BotToken))
            throw new InvalidOperationException($"No Discord bot token is configured for {request.Route}.");
        if (request.UseBotToken && token.Refused)
            throw new DiscordRestException(HttpStatusCode.Unauthorized, null,
                $"Not sent: Discord refused the bot token at {token.RefusedAt:u}; set a new Discord__BotToken and restart.");

        // The request keeps its bucket for all its attempts, so requests in one bucket (one channel) stay in order.
        var bucket = _buckets.Resolve(request.Route);
        await bucket.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (int failures = 0, rateLimited = 0; ; )
            {
                var attempt = await SendOnceAsync(request, bucket, cancellationToken).ConfigureAwait(false);
                if (attempt.IsSuccess) return (attempt.Status, attempt.Body);
                if (attempt.Status == HttpStatusCode.Unauthorized && attempt.Error is null && request.UseBotToken
                    && token.MarkRefused(time.GetUtcNow()))
                    Log.TokenRefused(logger, request.Route);

                if (attempt.Status == HttpStatusCode.TooManyRequests)
                {
                    if (++rateLimited > options.MaxRateLimitRetries || attempt.RetryAfter > options.MaxRateLimitWait)
                        throw Failure(request, attempt);
                    Log.RateLimited(logger, request.Route, attempt.RetryAfter.TotalSeconds, attempt.Global);
                    continue; // the bucket or the global limiter now holds the next attempt back
                }
                if (!attempt.IsTransient || ++failures > options.MaxRetries) throw Failure(request, attempt);
                var delay = options.BackoffFor(failures);
                Log.Retrying(logger, request.Route, (int)attempt.Status, failures, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            bucket.Exit();
        }
    }

    private async Task<RestAttempt> SendOnceAsync(RestRequest request, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        await WaitAsync(bucket.TryAcquire, request.Route, cancellationToken).ConfigureAwait(false);
        if (!request.Route.IsGlobalExempt) await WaitAsync(_global.TryAcquire, request.Route, cancellationToken).ConfigureAwait(false);
        if (!_guard.TryAcquire(time.GetUtcNow()))
        {
            Log.GuardRefused(logger, request.Route, _guard.Threshold, _guard.Window.TotalMinutes);
            throw new DiscordRestException(HttpStatusCode.TooManyRequests, null,
                $"Not sent: {_guard.Threshold} invalid requests within {_guard.Window}; {request.Route} waits for them to age out.");
        }

        using var message = Build(request);
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(DiscordRestClient.HttpClientName)
                .SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return RestAttempt.NetworkFailure(e);
        }

        using (response)
        {
            var now = time.GetUtcNow();
            var info = RateLimitInfo.Parse(response.Headers);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            bucket.Update(info, now);
            _buckets.Learn(request.Route, bucket, info.Bucket);
            if (InvalidRequestGuard.Counts((int)response.StatusCode, info)) _guard.Record(now);
            var attempt = new RestAttempt(response.StatusCode, body, info);
            return attempt.Status == HttpStatusCode.TooManyRequests ? HoldBack(attempt, bucket, now) : attempt;
        }
    }

    // A 429 blocks its bucket, and every bucket when it is global, for retry_after (body) or Retry-After (header).
    private RestAttempt HoldBack(RestAttempt attempt, RateLimitBucket bucket, DateTimeOffset now)
    {
        var body = DiscordErrorBody.Read(attempt.Body);
        var retryAfter = body?.RetryAfter is > 0 and var seconds && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(Math.Min(seconds, RateLimitInfo.MaxSeconds))
            : attempt.Info.RetryAfter ?? attempt.Info.ResetAfter ?? TimeSpan.FromSeconds(1);
        bool global = attempt.Info.Global || body?.Global == true;
        if (global) _global.PauseUntil(now + retryAfter);
        bucket.BlockUntil(now + retryAfter); // also holds back a global-exempt route that got a global 429
        return attempt with { RetryAfter = retryAfter, Global = global };
    }

    private async Task WaitAsync(Func<DateTimeOffset, RateLimitDecision> limiter, Route route, CancellationToken cancellationToken)
    {
        for (var decision = limiter(time.GetUtcNow()); decision.MustWait; decision = limiter(time.GetUtcNow()))
        {
            Log.Waiting(logger, route, decision.Delay.TotalSeconds);
            await Task.Delay(decision.Delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage Build(RestRequest request)
    {
        var message = new HttpRequestMessage(request.Route.Method, new Uri(_baseUrl + request.Path));
        message.Headers.TryAddWithoutValidation("User-Agent", DiscordRestClient.UserAgent);
        if (request.UseBotToken) message.Headers.Authorization = new AuthenticationHeaderValue("Bot", discord.BotToken);
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        return message;
    }

    private DiscordRestException Failure(RestRequest request, RestAttempt attempt)
    {
        var error = DiscordErrorBody.Read(attempt.Body);
        string what = attempt.Error is { } e
            ? $"Discord could not be reached for {request.Route} ({e.GetType().Name})"
            : $"Discord answered {(int)attempt.Status} to {request.Route}";
        // Discord's message is upstream text: it could echo what it was sent, the token included.
        if (error?.Message is { Length: > 0 } text) what += $": {redactor.Redact(text)}";
        if (error?.Code is { } code) what += $" (code {code})";
        Log.Failed(logger, request.Route, (int)attempt.Status, error?.Code);
        return new DiscordRestException(attempt.Status, error?.Code, what, attempt.Error);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Discord rate-limited {Route}; retrying after {Seconds} s (global: {Global})")]
        public static partial void RateLimited(ILogger logger, Route route, double seconds, bool global);

        [LoggerMessage(2, LogLevel.Warning, "Discord answered {Status} to {Route}; retry {Retry} after {Seconds} s")]
        public static partial void Retrying(ILogger logger, Route route, int status, int retry, double seconds);

        [LoggerMessage(3, LogLevel.Debug, "Waiting {Seconds} s for the rate limit of {Route}")]
        public static partial void Waiting(ILogger logger, Route route, double seconds);

        [LoggerMessage(4, LogLevel.Error, "Refused to send {Route}: {Threshold} invalid requests within {Minutes} minutes")]
        public static partial void GuardRefused(ILogger logger, Route route, int threshold, double minutes);

        [LoggerMessage(5, LogLevel.Warning, "Discord request {Route} failed with {Status} (code {Code})")]
        public static partial void Failed(ILogger logger, Route route, int status, int? code);

        [LoggerMessage(6, LogLevel.Critical, "Discord refused the bot token (401 to {Route}): it was reset or revoked. ReportBot sends nothing more with it; set a new Discord__BotToken and restart.")]
        public static partial void TokenRefused(ILogger logger, Route route);
    }
}
