using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ReportBot.Hosting;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> the
/// bot believes. Empty (the default), no forwarded header is believed, from anywhere, and a request that carries one
/// is never taken for a local caller.
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.");
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR form (e.g. 10.0.0.0/24).");
    }
}
