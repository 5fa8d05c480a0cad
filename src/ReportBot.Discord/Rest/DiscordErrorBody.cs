using System.Text.Json;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Rest;

/// <summary>
/// Discord's JSON error body, <c>{code, message}</c>, plus <c>retry_after</c>/<c>global</c> on a 429; read through
/// <see cref="RateLimitResponse"/>, which has all four fields. Null when the body is empty or not that JSON.
/// </summary>
internal sealed record DiscordErrorBody(int? Code, string? Message, double RetryAfter, bool Global)
{
    public static DiscordErrorBody? Read(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.RateLimitResponse) is { } parsed
                ? new DiscordErrorBody(parsed.Code, parsed.Message, parsed.RetryAfter, parsed.Global)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
