using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Testing;

/// <summary>An RSA key generated for the test run, with the channels it is endorsed for when published in a JWKS.</summary>
public sealed class TestSigningKey
{
    // Generating a 2048-bit key takes a good part of a second, so each key id gets one key for the whole run.
    private static readonly ConcurrentDictionary<string, Lazy<RSA>> Pool = new();

    private readonly RSA _rsa;

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        _rsa = Pool.GetOrAdd(keyId, _ => new Lazy<RSA>(() => Generate())).Value;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) => new(SecurityKey, algorithm);

    /// <summary>The public half as a JWK object, including the Bot Framework's <c>endorsements</c> extension.</summary>
    public object ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
            ["endorsements"] = Endorsements,
        };
    }

    private static RSA Generate()
    {
        var rsa = RSA.Create(2048);
        rsa.ExportParameters(includePrivateParameters: false); // forces generation now, outside any timed request
        return rsa;
    }
}
