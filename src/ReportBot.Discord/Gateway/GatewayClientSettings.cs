namespace ReportBot.Discord.Gateway;

/// <summary>Timing and concurrency knobs of <see cref="DiscordGatewayClient"/>; the defaults suit production, tests shorten them.</summary>
public sealed class GatewayClientSettings
{
    public GatewayBackoff Backoff { get; init; } = GatewayBackoff.Default;

    /// <summary>The random wait after INVALID_SESSION, before resuming or identifying again.</summary>
    public TimeSpan InvalidSessionWaitMin { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionWaitMax { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for the gateway to answer a close frame before dropping the connection.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Message and interaction handlers running at once; the receive loop waits when all are busy.</summary>
    public int MaxHandlersInFlight { get; init; } = 16;

    /// <summary>Random numbers in [0, 1): heartbeat jitter, backoff jitter, invalid-session wait.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>The <c>browser</c> and <c>device</c> IDENTIFY properties.</summary>
    public string LibraryName { get; init; } = "ReportBot";
}
