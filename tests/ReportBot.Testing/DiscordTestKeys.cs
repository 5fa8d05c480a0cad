using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace ReportBot.Testing;

/// <summary>An Ed25519 key pair made for the test run, signing requests the way Discord does.</summary>
public sealed class DiscordTestKeys : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    /// <summary>Discord's <c>X-Signature-Timestamp</c> for <paramref name="at"/>: whole Unix seconds, in decimal.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>The hex signature of <c>timestamp + body</c>.</summary>
    public string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));

    /// <summary>The hex signature of the timestamp's UTF-8 bytes followed by <paramref name="body"/> as is (which need not be UTF-8).</summary>
    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose() => _key.Dispose();
}
