using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Route = ReportBot.Discord.Rest.RateLimits.Route;

namespace ReportBot.Discord.Rest;

/// <summary>
/// One REST call: its rate-limit route, its escaped path (relative to the API base URL), its JSON body and whether it
/// carries the bot token (not for interaction callbacks and webhooks, which the path token authorises).
/// </summary>
internal sealed record RestRequest(Route Route, string Path, byte[]? Body)
{
    /// <summary>The same routes that are exempt from the global limit: their path token is what authorises them.</summary>
    public bool UseBotToken => !Route.IsGlobalExempt;

    public static RestRequest Create(Route route, string path) => new(route, path, null);

    public static RestRequest Create<T>(Route route, string path, T body, JsonTypeInfo<T> typeInfo) =>
        new(route, path, JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));

    /// <summary>Escapes one path segment (ids, tokens); empty values are refused rather than sent as a different route.</summary>
    public static string Segment(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return Uri.EscapeDataString(value);
    }
}
