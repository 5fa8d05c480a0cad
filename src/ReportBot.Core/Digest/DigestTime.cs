namespace ReportBot.Core.Digest;

/// <summary>When a subscription's digest is due: a local time of day in an IANA time zone.</summary>
public sealed record DigestTime(TimeOnly Time, string TimeZoneId)
{
    /// <summary>The zone (validated when the value was made).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>"09:00 Asia/Seoul".</summary>
    public override string ToString() => $"{Time:HH\\:mm} {TimeZoneId}";
}
