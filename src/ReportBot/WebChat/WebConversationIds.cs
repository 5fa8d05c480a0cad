using System.Security.Cryptography;
using System.Text;

namespace ReportBot.WebChat;

/// <summary>
/// Chat-page conversation ids, issued by the server: 12 random bytes and an HMAC-SHA256 tag over them (first 12 bytes),
/// in lower-case hex. The page can only use an id it was given, so it cannot pose as another conversation (or as a
/// fresh voter, or a fresh subscriber) by inventing one; the key lives in the state file.
/// </summary>
public sealed class WebConversationIds
{
    private const int RandomBytes = 12;
    private const int TagBytes = 12;
    public const int Length = (RandomBytes + TagBytes) * 2;

    private readonly byte[] _key;

    public WebConversationIds(byte[] key)
    {
        if (key.Length < 16) throw new ArgumentException("The conversation id key must be at least 16 bytes.", nameof(key));
        _key = key.ToArray();
    }

    public string Issue()
    {
        var value = RandomNumberGenerator.GetBytes(RandomBytes);
        return Convert.ToHexStringLower(value) + Convert.ToHexStringLower(Tag(value));
    }

    /// <summary>True only for an id this installation issued.</summary>
    public bool IsValid(string? id)
    {
        if (id is not { Length: Length } || !id.All(char.IsAsciiHexDigitLower))
            return false;
        var bytes = Convert.FromHexString(id);
        return CryptographicOperations.FixedTimeEquals(Tag(bytes.AsSpan(0, RandomBytes)), bytes.AsSpan(RandomBytes));
    }

    private byte[] Tag(ReadOnlySpan<byte> value)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, [.. Encoding.ASCII.GetBytes("web-conversation\n"), .. value], mac);
        return mac[..TagBytes].ToArray();
    }
}
