namespace ReportBot.Discord.Rest;

/// <summary>
/// Whether Discord has refused the bot token (a 401: reset or revoked). From then on nothing is sent with it: every
/// further call would be refused too, and counts toward Discord's invalid-request limit, so the bot waits for an
/// operator to set a new token and restart.
/// </summary>
public sealed class BotTokenStatus
{
    private long _refusedAtTicks;

    public bool Refused => Interlocked.Read(ref _refusedAtTicks) != 0;

    public DateTimeOffset? RefusedAt => Interlocked.Read(ref _refusedAtTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Records the refusal; true only the first time, so it is logged once.</summary>
    public bool MarkRefused(DateTimeOffset at) => Interlocked.CompareExchange(ref _refusedAtTicks, Math.Max(1, at.UtcTicks), 0) == 0;
}
