using System.Security.Cryptography;
using System.Text;

namespace ReportBot.Core.Digest;

/// <summary>
/// Ids that stay the same while the text they point at does: a subscription's rotation and delivery log refer to
/// items by id, so re-indexing an unchanged report must not make every item look new.
/// </summary>
internal static class RecommendationIds
{
    public static string For(RecommendationKind kind, string passageId, string quote, string? focus)
    {
        // Unit and record separators cannot occur in the parts, so different parts never hash alike.
        string key = $"{kind}\u001f{passageId}\u001f{quote}\u001e{focus}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6));
    }
}
