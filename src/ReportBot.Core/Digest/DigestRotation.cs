using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportBot.Core.Digest;

/// <summary>
/// Which recommendation a subscription gets next: each subscription walks the catalogue in its own shuffled order
/// without repeats, and starts a new cycle, in a new order, once every item has been posted.
/// </summary>
public static class DigestRotation
{
    /// <summary>
    /// The first item of this cycle's order not yet in <paramref name="postedThisCycle"/>; when all are, the first
    /// item of the next cycle's order, with that cycle. Ids in the set that left the catalogue are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The catalogue is empty: there is nothing to post.</exception>
    public static (Recommendation Item, int Cycle) Next(
        IReadOnlyList<Recommendation> catalog, string subscriptionId, int cycle, IReadOnlySet<string> postedThisCycle)
    {
        if (catalog.Count == 0) throw new ArgumentException("The catalogue has no recommendations.", nameof(catalog));
        foreach (var item in Order(catalog, subscriptionId, cycle))
        {
            if (!postedThisCycle.Contains(item.Id)) return (item, cycle);
        }
        return (Order(catalog, subscriptionId, cycle + 1)[0], cycle + 1);
    }

    /// <summary>
    /// The cycle's order: items sorted by a keyed hash of (subscription, cycle, item id). This is a seeded shuffle
    /// that needs no random-number generator, so it is the same in every process and on every runtime version
    /// (string.GetHashCode and System.Random promise neither), and adding or removing an item leaves the relative
    /// order of the others as it was, so a changed corpus does not reshuffle a cycle half-way through.
    /// </summary>
    public static IReadOnlyList<Recommendation> Order(IReadOnlyList<Recommendation> catalog, string subscriptionId, int cycle)
    {
        string seed = string.Create(CultureInfo.InvariantCulture, $"{subscriptionId}\u001f{cycle}\u001f");
        return catalog
            .Select(item => (item, key: Key(seed + item.Id)))
            .OrderBy(x => x.key)
            .ThenBy(x => x.item.Id, StringComparer.Ordinal)
            .Select(x => x.item)
            .ToList();
    }

    private static ulong Key(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
