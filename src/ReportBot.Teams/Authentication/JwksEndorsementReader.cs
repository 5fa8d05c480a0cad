using System.Text.Json;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// Reads the Bot Framework's non-standard <c>endorsements</c> array from each key of a JWKS document.
/// The standard JWK parsers drop or bury it, and it is what ties a signing key to the channels it may speak for.
/// </summary>
internal static class JwksEndorsementReader
{
    /// <summary>Maps each key's <c>kid</c> to its endorsements (empty when the key has none). Throws <see cref="JsonException"/> on a malformed document.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The keys document has no 'keys' array.");
        }

        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid)
                || kid.ValueKind != JsonValueKind.String
                || kid.GetString() is not { Length: > 0 } keyId)
            {
                continue;
            }

            result[keyId] = ReadEndorsements(key);
        }

        return result;
    }

    private static HashSet<string> ReadEndorsements(JsonElement key)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (key.TryGetProperty("endorsements", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    endorsements.Add(channel);
                }
            }
        }

        return endorsements;
    }
}
