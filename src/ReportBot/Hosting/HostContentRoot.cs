namespace ReportBot.Hosting;

/// <summary>The folder holding appsettings.json, which relative paths in the settings start from.</summary>
public sealed record HostContentRoot(string Path);
