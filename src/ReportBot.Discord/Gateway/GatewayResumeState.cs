using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Gateway;

/// <summary>What outlives a connection: the session to resume and the last sequence number seen.</summary>
internal sealed class GatewayResumeState
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    /// <summary>The last non-null <c>s</c>; read by the heartbeat, written by the receive loop.</summary>
    public long? Sequence => Volatile.Read(ref _sequence) is var s and >= 0 ? s : null;

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public void Observe(int sequence) => Volatile.Write(ref _sequence, sequence);

    public void Ready(ReadyEvent ready)
    {
        SessionId = string.IsNullOrEmpty(ready.SessionId) ? null : ready.SessionId;
        ResumeGatewayUrl = string.IsNullOrEmpty(ready.ResumeGatewayUrl) ? null : ready.ResumeGatewayUrl;
    }

    /// <summary>Forget the session: the next connection identifies afresh.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeGatewayUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
