namespace ReportBot.Discord.Interactions;

/// <summary>
/// The interaction ids answered over HTTP whose signed timestamp is still within
/// <see cref="InteractionTimestamp.Window"/>: a second request with one of them is a replay. An id is forgotten once
/// its own request could no longer pass the freshness check, which refuses it from then on, so the cache never holds
/// more than one window's worth of ids.
/// </summary>
/// <remarks>
/// Bounded by <see cref="DefaultCapacity"/>. Only requests whose signature verified and whose timestamp is fresh get
/// here, so only Discord can add ids, and reaching the cap means more than 100,000 interactions within five minutes
/// (over 300 a second, more than one bot process answers). At the cap a new id is refused (<see cref="ReplayVerdict.Full"/>)
/// rather than an older one forgotten: forgetting would let exactly the replay this exists to stop through, while
/// refusing costs only answers the bot could not have given in time anyway. About 110 bytes an id, so 11 MB at most.
/// One lock guards the map and the expiry queue, which change together; what it holds is a hash lookup and a heap
/// step, far less than the signature check before it.
/// </remarks>
public sealed class InteractionReplayCache
{
    public const int DefaultCapacity = 100_000;

    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _freshUntil = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, long> _expiries = new();

    // The latest second (Unix time) the cache has pruned at. It never goes back, even if the clock does, so an id
    // once forgotten cannot be accepted again because the clock was set back.
    private long _horizon = long.MinValue;

    // Ids answered by an earlier process (before a restart) are not here; a request signed before this cache began
    // may be one of them, so it is refused. The host creates the cache before it listens, so a request Discord signs
    // for this process is signed later (give or take the two clocks' difference).
    private readonly long _startedAt;

    public InteractionReplayCache(TimeProvider time) : this(time, DefaultCapacity)
    {
    }

    internal InteractionReplayCache(TimeProvider time, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _time = time;
        _capacity = capacity;
        _startedAt = time.GetUtcNow().ToUnixTimeSeconds();
    }

    /// <summary>The most ids remembered at once.</summary>
    public int Capacity => _capacity;

    /// <summary>How many ids are remembered now (expired ones are dropped on the next check).</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _freshUntil.Count;
        }
    }

    /// <summary>
    /// Remembers <paramref name="id"/>, signed at <paramref name="signedAtUnixSeconds"/>, unless it is already
    /// remembered. Of concurrent calls with the same id exactly one gets <see cref="ReplayVerdict.First"/>.
    /// </summary>
    public ReplayVerdict TryRemember(string id, long signedAtUnixSeconds)
    {
        long freshUntil = InteractionTimestamp.FreshUntil(signedAtUnixSeconds);
        lock (_gate)
        {
            Prune(_time.GetUtcNow().ToUnixTimeSeconds());
            if (_freshUntil.ContainsKey(id)) return ReplayVerdict.Replayed;
            // Fresh when the caller looked, but the window closed before the lock was had: an earlier request with
            // this id may already have been forgotten, so it cannot be let through.
            if (freshUntil < _horizon) return ReplayVerdict.Expired;
            if (signedAtUnixSeconds < _startedAt) return ReplayVerdict.BeforeStart;
            if (_freshUntil.Count >= _capacity) return ReplayVerdict.Full;
            _freshUntil.Add(id, freshUntil);
            _expiries.Enqueue(id, freshUntil);
            return ReplayVerdict.First;
        }
    }

    private void Prune(long now)
    {
        if (now > _horizon) _horizon = now;
        while (_expiries.TryPeek(out string? id, out long until) && until < _horizon)
        {
            _expiries.Dequeue();
            _freshUntil.Remove(id);
        }
    }
}
