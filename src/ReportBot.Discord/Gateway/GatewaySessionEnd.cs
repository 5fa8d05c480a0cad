namespace ReportBot.Discord.Gateway;

/// <summary>What to do after a connection.</summary>
internal enum GatewayNextStep
{
    Resume,
    Identify,
    Stop,
}

/// <summary>How long to wait before the next connection.</summary>
internal enum GatewayReconnectWait
{
    None,
    Backoff,
    InvalidSession,
}

/// <summary>Why one connection ended, and so what the next one does.</summary>
/// <param name="ClientCloseCode">The code the bot closes with when it ends the connection itself.</param>
internal sealed record GatewaySessionEnd(
    GatewayNextStep Next,
    GatewayReconnectWait Wait,
    string Reason,
    int? CloseCode = null,
    int ClientCloseCode = GatewayCloseCodes.Reconnecting)
{
    public static GatewaySessionEnd Shutdown { get; } =
        new(GatewayNextStep.Stop, GatewayReconnectWait.None, "shut down", ClientCloseCode: GatewayCloseCodes.Normal);

    public static GatewaySessionEnd Zombied { get; } =
        new(GatewayNextStep.Resume, GatewayReconnectWait.Backoff, "no heartbeat ACK before the next heartbeat");

    public static GatewaySessionEnd ReconnectRequested { get; } =
        new(GatewayNextStep.Resume, GatewayReconnectWait.None, "the gateway asked for a reconnect (op 7)");

    public static GatewaySessionEnd InvalidSession(bool resumable) => resumable
        ? new(GatewayNextStep.Resume, GatewayReconnectWait.InvalidSession, "invalid session (op 9), resumable")
        : new(GatewayNextStep.Identify, GatewayReconnectWait.InvalidSession, "invalid session (op 9), not resumable");

    public static GatewaySessionEnd Dropped(string reason) =>
        new(GatewayNextStep.Resume, GatewayReconnectWait.Backoff, reason);

    public static GatewaySessionEnd Stop(string reason, int? closeCode = null) =>
        new(GatewayNextStep.Stop, GatewayReconnectWait.None, reason, closeCode, GatewayCloseCodes.Normal);

    public static GatewaySessionEnd ClosedByGateway(int? code, string? description)
    {
        if (GatewayCloseCodes.FatalReason(code) is { } fatal) return Stop(fatal, code);
        string reason = $"closed by the gateway ({(string.IsNullOrEmpty(description) ? "no reason" : description)})";
        var next = GatewayCloseCodes.EndsSession(code) ? GatewayNextStep.Identify : GatewayNextStep.Resume;
        return new(next, GatewayReconnectWait.Backoff, reason, code);
    }
}
