using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// A token's payload as plain JSON, so claims can be checked for their JSON type (IdentityModel turns a string
/// <c>exp</c> into a time and an array <c>aud</c> into a list, and then the difference is gone).
/// </summary>
internal sealed class TokenPayload
{
    // A claim given twice would let two readers (IdentityModel and this one) each see a different value; refuse it.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    private readonly JsonElement _root;

    private TokenPayload(JsonElement root) => _root = root;

    /// <summary>
    /// The payload of a compact JWS (three dot-separated parts), or null with the reason when it is not a JSON object
    /// that names each claim once.
    /// </summary>
    public static TokenPayload? Read(string token, out string? failure)
    {
        failure = "malformed token";
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        byte[] json;
        try
        {
            json = Base64UrlEncoder.DecodeBytes(parts[1]);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, Strict);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            failure = null;
            return new TokenPayload(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            if (IsJson(json))
            {
                failure = "token payload gives a claim twice";
            }

            return null;
        }
    }

    /// <summary>The claim's JSON value, or null when the payload does not have it.</summary>
    public JsonElement? Find(string name) => _root.TryGetProperty(name, out var value) ? value : null;

    /// <summary>True when the claim is there; <paramref name="value"/> is its text, or null when it is not a JSON string.</summary>
    public bool TryGetString(string name, out string? value)
    {
        value = null;
        if (Find(name) is not { } claim)
        {
            return false;
        }

        value = claim.ValueKind == JsonValueKind.String ? claim.GetString() : null;
        return true;
    }

    private static bool IsJson(byte[] json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
