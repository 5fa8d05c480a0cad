using System.Text.Json.Nodes;

namespace ReportBot.Testing;

/// <summary>A gateway session at the fake: its id, and every dispatch sent in it (for replay on RESUME).</summary>
public sealed class FakeDiscordGatewaySession(string id)
{
    private readonly List<(int Sequence, string EventName, JsonNode Data)> _dispatches = [];
    private int _sequence;

    public string Id { get; } = id;

    /// <summary>The last sequence number handed out in this session.</summary>
    public int LastSequence
    {
        get { lock (_dispatches) return _sequence; }
    }

    /// <summary>Hands out the next sequence number; <paramref name="replayable"/> dispatches are kept for RESUME.</summary>
    internal int Next(string eventName, JsonNode data, bool replayable)
    {
        lock (_dispatches)
        {
            _sequence++;
            if (replayable) _dispatches.Add((_sequence, eventName, data.DeepClone()));
            return _sequence;
        }
    }

    /// <summary>The replayable dispatches after <paramref name="sequence"/>, in order.</summary>
    internal IReadOnlyList<(int Sequence, string EventName, JsonNode Data)> After(long? sequence)
    {
        lock (_dispatches) return [.. _dispatches.Where(d => d.Sequence > (sequence ?? 0))];
    }
}
