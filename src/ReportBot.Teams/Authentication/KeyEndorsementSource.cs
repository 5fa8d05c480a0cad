using Microsoft.IdentityModel.Protocols;

namespace ReportBot.Teams.Authentication;

/// <summary>
/// Caches which channels each signing key is endorsed for, fetched from the metadata's <c>jwks_uri</c>.
/// Refetched when the cache is older than the refresh interval, and (at most once per gate interval) when a key id is unknown,
/// because a new key usually appears in the keys document before anyone is told.
/// </summary>
internal sealed class KeyEndorsementSource(
    IDocumentRetriever retriever, TimeProvider timeProvider, TimeSpan refreshInterval, RefreshGate forcedRefreshGate)
{
    private static readonly TimeSpan FailedFetchRetryDelay = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _fetchLock = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>The endorsements of <paramref name="keyId"/>, or null when the keys document does not list that key.</summary>
    /// <exception cref="InvalidOperationException">The keys document could not be fetched and nothing is cached.</exception>
    public async Task<IReadOnlySet<string>?> GetEndorsementsAsync(string jwksUri, string keyId, CancellationToken cancellationToken)
    {
        var cached = Volatile.Read(ref _snapshot);
        var snapshot = await GetSnapshotAsync(jwksUri, force: false, cancellationToken).ConfigureAwait(false);
        if (snapshot.Endorsements.TryGetValue(keyId, out var endorsements))
        {
            return endorsements;
        }

        // A document fetched just now for this request is as fresh as a forced one would be.
        if (!ReferenceEquals(snapshot, cached) || !forcedRefreshGate.TryEnter())
        {
            return null;
        }

        snapshot = await GetSnapshotAsync(jwksUri, force: true, cancellationToken).ConfigureAwait(false);
        return snapshot.Endorsements.GetValueOrDefault(keyId);
    }

    private async Task<Snapshot> GetSnapshotAsync(string jwksUri, bool force, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _snapshot);
        if (!force && IsUsable(current, jwksUri))
        {
            return current!;
        }

        await _fetchLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have refreshed while this one waited for the lock.
            var latest = _snapshot;
            if (latest is not null && latest.JwksUri == jwksUri && (force ? !ReferenceEquals(latest, current) : IsUsable(latest, jwksUri)))
            {
                return latest;
            }

            try
            {
                var json = await retriever.GetDocumentAsync(jwksUri, cancellationToken).ConfigureAwait(false);
                var fresh = new Snapshot(jwksUri, JwksEndorsementReader.Read(json), timeProvider.GetUtcNow() + refreshInterval);
                Volatile.Write(ref _snapshot, fresh);
                return fresh;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (latest is null || latest.JwksUri != jwksUri)
                {
                    throw new InvalidOperationException("The signing keys document could not be fetched.", ex);
                }

                // Stale endorsements beat none during an outage; retry a minute later rather than on every request.
                var stale = latest with { RefreshAfter = timeProvider.GetUtcNow() + FailedFetchRetryDelay };
                Volatile.Write(ref _snapshot, stale);
                return stale;
            }
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private bool IsUsable(Snapshot? snapshot, string jwksUri) =>
        snapshot is not null && snapshot.JwksUri == jwksUri && timeProvider.GetUtcNow() < snapshot.RefreshAfter;

    private sealed record Snapshot(string JwksUri, IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements, DateTimeOffset RefreshAfter);
}
