using System.Collections.Concurrent;

namespace ReportBot.Discord.Rest.RateLimits;

/// <summary>
/// Finds the bucket for a route. Until Discord names a route's bucket (<c>X-RateLimit-Bucket</c>) the route's
/// template stands in for it; afterwards every route with that hash and the same major parameter shares one bucket.
/// </summary>
public sealed class BucketRegistry(TimeProvider timeProvider)
{
    private const int PruneThreshold = 1024;

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public int Count => _buckets.Count;

    /// <summary>The bucket a request on <paramref name="route"/> must go through now.</summary>
    public RateLimitBucket Resolve(Route route)
    {
        if (_buckets.Count > PruneThreshold) Prune();
        return _buckets.GetOrAdd(KeyOf(route), static _ => new RateLimitBucket());
    }

    /// <summary>
    /// Records the hash Discord reported for <paramref name="route"/>. The bucket the request went through becomes
    /// the hashed bucket, unless another route already created it.
    /// </summary>
    public void Learn(Route route, RateLimitBucket used, string? hash)
    {
        if (string.IsNullOrEmpty(hash)) return;
        if (_hashes.TryGetValue(route.TemplateKey, out string? known) && known == hash) return;
        _hashes[route.TemplateKey] = hash;
        _buckets.TryAdd(HashKey(hash, route.MajorParameter), used);
    }

    /// <summary>Whether Discord has already named the bucket of <paramref name="route"/>.</summary>
    public bool IsHashKnown(Route route) => _hashes.ContainsKey(route.TemplateKey);

    private string KeyOf(Route route) =>
        _hashes.TryGetValue(route.TemplateKey, out string? hash)
            ? HashKey(hash, route.MajorParameter)
            : "route:" + route.TemplateKey + "\n" + route.MajorParameter;

    private static string HashKey(string hash, string major) => "hash:" + hash + "\n" + major;

    // Buckets per channel or per interaction token pile up; forget those that are idle and past their window.
    private void Prune()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(now)) _buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(key, bucket));
        }
    }
}
