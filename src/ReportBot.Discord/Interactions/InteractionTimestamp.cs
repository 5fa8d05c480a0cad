namespace ReportBot.Discord.Interactions;

/// <summary>
/// The freshness rule for <c>X-Signature-Timestamp</c>: ASCII decimal Unix seconds, within <see cref="Window"/> of
/// now either way. Discord signs the header with the body but documents neither its format nor how old it may be
/// (discord-api-docs issue 6209 is open); it sends Unix seconds in practice, and the five minutes are this bot's own
/// policy: long enough for clock skew and delivery, short enough that a captured request is soon useless.
/// </summary>
public static class InteractionTimestamp
{
    /// <summary>How far a request's timestamp may be from now, into the past or the future.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Whole seconds in <see cref="Window"/>; every comparison is in whole seconds, as the header is.</summary>
    public static long WindowSeconds => (long)Window.TotalSeconds;

    // Unix seconds have 10 digits until the year 2286; 12 leaves room and keeps parsing far from overflowing a long.
    private const int MaxDigits = 12;

    /// <summary>
    /// The header as Unix seconds when it is 1 to 12 ASCII digits and nothing else (no sign, spaces, decimal point,
    /// exponent or non-ASCII digits); otherwise false.
    /// </summary>
    public static bool TryParse(string? header, out long unixSeconds)
    {
        unixSeconds = 0;
        if (string.IsNullOrEmpty(header) || header.Length > MaxDigits) return false;
        foreach (char c in header)
        {
            if (!char.IsAsciiDigit(c)) return false;
            unixSeconds = unixSeconds * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Whether <paramref name="unixSeconds"/> is within <see cref="Window"/> of <paramref name="now"/>.</summary>
    public static bool IsFresh(long unixSeconds, DateTimeOffset now) =>
        Math.Abs(now.ToUnixTimeSeconds() - unixSeconds) <= WindowSeconds;

    /// <summary>The last second (Unix time) at which a request signed at <paramref name="unixSeconds"/> is still fresh.</summary>
    public static long FreshUntil(long unixSeconds) => unixSeconds + WindowSeconds;
}
