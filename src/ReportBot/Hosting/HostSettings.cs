namespace ReportBot.Hosting;

/// <summary>What the command line says about the host: addresses and folder overrides.</summary>
public sealed record HostSettings(string? Urls, IReadOnlyDictionary<string, string?> Overrides)
{
    public const string DefaultUrls = "http://localhost:3978";
}
