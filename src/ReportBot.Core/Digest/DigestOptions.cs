using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Digest;

/// <summary>Configuration section <c>Digest</c>: defaults for new subscriptions and how the scheduler runs.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>Local time a subscription posts at when none is given, "HH:MM".</summary>
    [Required, RegularExpression(@"^([01]?\d|2[0-3]):[0-5]\d$", ErrorMessage = "Digest:DefaultTime must be HH:MM (24-hour).")]
    public string DefaultTime { get; set; } = "09:00";

    /// <summary>IANA time zone used when none is given.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>How often the scheduler looks for due subscriptions.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Digests posted at the same time, across all conversations.</summary>
    [Range(1, 256)]
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>A delivery that keeps failing is given up after this many attempts.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Longest one post may take before it counts as a failed attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
