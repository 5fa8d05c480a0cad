using System.ComponentModel.DataAnnotations;

namespace ReportBot.Telemetry;

/// <summary>Configuration section <c>Metrics</c>: the Prometheus scraping endpoint.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Serve metrics in Prometheus text format.</summary>
    public bool Enabled { get; set; } = true;

    [Required, RegularExpression("^/[A-Za-z0-9/_-]*$", ErrorMessage = "Metrics:Path must be a path such as /metrics.")]
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// Answer scrapes from other machines too. Off, only loopback callers get metrics (others get 404): usage
    /// numbers are not for the public internet the bot's endpoints face.
    /// </summary>
    public bool AllowRemote { get; set; }
}
