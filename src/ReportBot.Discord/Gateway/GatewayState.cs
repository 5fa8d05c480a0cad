namespace ReportBot.Discord.Gateway;

/// <summary>Where the gateway client is, for health checks.</summary>
public enum GatewayState
{
    NotStarted,

    /// <summary>No bot token, or <c>Discord:UseGateway</c> is false.</summary>
    Disabled,

    /// <summary>Opening the first connection; not yet READY.</summary>
    Connecting,

    /// <summary>READY or RESUMED received on the current connection.</summary>
    Connected,

    /// <summary>The connection ended; waiting to reconnect (see <see cref="GatewayStatus.RetryAt"/>).</summary>
    Reconnecting,

    /// <summary>Shut down, or stopped for good after a close code that reconnecting cannot fix.</summary>
    Stopped,
}
