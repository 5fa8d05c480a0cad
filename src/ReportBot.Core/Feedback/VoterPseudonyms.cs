using System.Security.Cryptography;
using System.Text;

namespace ReportBot.Core.Feedback;

/// <summary>
/// Turns a platform user id into a keyed hash (HMAC-SHA256), so the feedback log can keep one vote per person
/// without holding who they are. Without the key, which never leaves the state file, a pseudonym cannot be
/// matched to a user id even by someone who knows the id.
/// </summary>
public sealed class VoterPseudonyms
{
    private readonly byte[] _key;

    public VoterPseudonyms(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 16) throw new ArgumentException("The pseudonym key must be at least 16 bytes.", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>32 hex characters; the same user on the same platform always gets the same one.</summary>
    public string For(string platform, string userId)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(platform + "\n" + userId), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
