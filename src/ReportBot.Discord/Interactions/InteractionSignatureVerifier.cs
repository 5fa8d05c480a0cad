using System.Text;
using NSec.Cryptography;

namespace ReportBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature of an interaction request: the hex signature header over the timestamp
/// header's bytes followed by the raw body bytes, with the application's hex public key. Lengths and hex are
/// checked before any cryptography; anything malformed is simply not valid.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    private const int PublicKeyBytes = 32;
    private const int SignatureBytes = 64;
    private const int MaxTimestampLength = 32;
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly PublicKey _key;

    public InteractionSignatureVerifier(string publicKeyHex)
    {
        if (!TryHex(publicKeyHex, PublicKeyBytes, out var raw) ||
            !PublicKey.TryImport(Ed25519, raw, KeyBlobFormat.RawPublicKey, out var key) || key is null)
            throw new ArgumentException("Discord:PublicKey must be the application's 64-character hex public key.", nameof(publicKeyHex));
        _key = key;
    }

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > MaxTimestampLength) return false;
        if (!TryHex(signatureHex, SignatureBytes, out var signature)) return false;
        int prefix = Encoding.UTF8.GetByteCount(timestamp);
        var signed = new byte[prefix + body.Length];
        Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(prefix));
        return Ed25519.Verify(_key, signed, signature);
    }

    private static bool TryHex(string? hex, int bytes, out byte[] value)
    {
        value = [];
        if (hex is null || hex.Length != bytes * 2) return false;
        foreach (char c in hex)
            if (!char.IsAsciiHexDigit(c)) return false;
        value = Convert.FromHexString(hex);
        return true;
    }
}
