using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace ReportBot.LoadTest;

/// <summary>
/// An Ed25519 key pair made for the run, standing in for Discord's: the bot is given its public key and checks every
/// interaction's signature with it, so signing is part of what is measured.
/// </summary>
public sealed class DiscordSigningKey : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    /// <summary>Discord's <c>X-Signature-Timestamp</c> for <paramref name="at"/>: whole Unix seconds, in decimal.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The value for <c>Discord:PublicKey</c>.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>Discord's <c>X-Signature-Ed25519</c>: the hex signature of <c>timestamp + body</c>.</summary>
    public string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));

    public void Dispose() => _key.Dispose();
}
