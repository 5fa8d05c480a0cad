using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Testing;

/// <summary>
/// The fake's rate-limit bookkeeping: one window per route and major parameter, counting Remaining down from the
/// route's limit and refilling after its reset time; plus the global pause after a scripted global 429.
/// </summary>
internal sealed class FakeDiscordRestBuckets
{
    private readonly Dictionary<FakeDiscordRestRoute, (int Limit, TimeSpan ResetAfter)> _limits = [];
    private readonly Dictionary<(FakeDiscordRestRoute, string), Window> _windows = [];

    public int DefaultLimit { get; set; } = 50;

    public TimeSpan DefaultResetAfter { get; set; } = TimeSpan.FromSeconds(1);

    public DateTimeOffset GlobalBlockedUntil { get; set; }

    /// <summary>A stable, realistic-looking bucket hash per route.</summary>
    public static string HashOf(FakeDiscordRestRoute route) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("fake-bucket:" + route)))[..32];

    public void Configure(FakeDiscordRestRoute route, int limit, TimeSpan resetAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(resetAfter, TimeSpan.Zero);
        _limits[route] = (limit, resetAfter);
        foreach (var key in _windows.Keys.Where(k => k.Item1 == route).ToList()) _windows.Remove(key);
    }

    /// <summary>The current window of a bucket, refilled when its reset time has passed.</summary>
    public Window Current(FakeDiscordRestRoute route, string major, DateTimeOffset now)
    {
        var (limit, resetAfter) = _limits.TryGetValue(route, out var configured) ? configured : (DefaultLimit, DefaultResetAfter);
        if (!_windows.TryGetValue((route, major), out var window)) _windows[(route, major)] = window = new Window { Limit = limit };
        if (now >= window.ResetAt)
        {
            window.Remaining = window.Limit;
            window.ResetAt = now + resetAfter;
        }
        return window;
    }

    public static void WriteHeaders(HttpResponse response, FakeDiscordRestRoute route, Window window, DateTimeOffset now)
    {
        var resetAfter = window.ResetAt > now ? window.ResetAt - now : TimeSpan.Zero;
        response.Headers["X-RateLimit-Limit"] = window.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = Math.Max(window.Remaining, 0).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (window.ResetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset-After"] = resetAfter.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Bucket"] = HashOf(route);
    }

    public static void WriteRetryAfter(HttpResponse response, TimeSpan retryAfter, string scope, bool global)
    {
        response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Scope"] = scope;
        if (global) response.Headers["X-RateLimit-Global"] = "true";
    }

    internal sealed class Window
    {
        public int Limit { get; init; }

        public int Remaining { get; set; }

        public DateTimeOffset ResetAt { get; set; }
    }
}
