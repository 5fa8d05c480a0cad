using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Testing;

/// <summary>Mints and mangles JWTs for authentication tests.</summary>
public static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A signed JWT; <paramref name="claims"/> are added to the payload as given.</summary>
    public static string Mint(
        SigningCredentials credentials,
        string issuer,
        string? audience,
        DateTimeOffset notBefore,
        DateTimeOffset expires,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore.UtcDateTime,
            IssuedAt = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = credentials,
            Claims = claims?.ToDictionary() ?? [],
        };
        return Handler.CreateToken(descriptor);
    }

    /// <summary>
    /// A JWT signed with <paramref name="credentials"/> over <paramref name="payloadJson"/> byte for byte, so a test can send
    /// what a token library would never write: a string <c>exp</c>, an array <c>aud</c>, a claim given twice.
    /// </summary>
    public static string SignRaw(SigningCredentials credentials, string payloadJson)
    {
        var header = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["alg"] = credentials.Algorithm,
            ["kid"] = credentials.Key.KeyId,
            ["typ"] = "JWT",
        });
        var signingInput = Encode(header) + "." + Encode(payloadJson);
        var factory = credentials.CryptoProviderFactory ?? credentials.Key.CryptoProviderFactory;
        var signer = factory.CreateForSigning(credentials.Key, credentials.Algorithm);
        try
        {
            return signingInput + "." + Base64UrlEncoder.Encode(signer.Sign(Encoding.ASCII.GetBytes(signingInput)));
        }
        finally
        {
            factory.ReleaseSignatureProvider(signer);
        }
    }

    /// <summary>A hand-built <c>alg: none</c> token (empty signature) with the given header and payload fields.</summary>
    public static string Unsigned(IReadOnlyDictionary<string, object> header, IReadOnlyDictionary<string, object> payload) =>
        Encode(JsonSerializer.Serialize(header)) + "." + Encode(JsonSerializer.Serialize(payload)) + ".";

    /// <summary>The same token with one bit of its signature flipped.</summary>
    public static string TamperSignature(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[signature.Length / 2] ^= 0x01;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>The header and signature of <paramref name="token"/> around the payload of <paramref name="payloadDonor"/>.</summary>
    public static string SwapPayload(string token, string payloadDonor)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{payloadDonor.Split('.')[1]}.{parts[2]}";
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
