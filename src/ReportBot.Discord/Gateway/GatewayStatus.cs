namespace ReportBot.Discord.Gateway;

/// <summary>A snapshot of the gateway client's state; <see cref="Reason"/> says why it is not connected.</summary>
/// <param name="CloseCode">The close code that ended the last connection, if the gateway sent one.</param>
/// <param name="RetryAt">When <see cref="GatewayState.Reconnecting"/>: when the next attempt starts.</param>
public sealed record GatewayStatus(
    GatewayState State,
    DateTimeOffset Since,
    string? Reason = null,
    int? CloseCode = null,
    DateTimeOffset? RetryAt = null)
{
    public bool IsConnected => State == GatewayState.Connected;
}
