namespace ReportBot.Configuration;

/// <summary>
/// Finds the folder that holds the one configuration file, <c>appsettings.json</c>, so the bot reads the same
/// settings wherever it is started from: the current folder or any parent, else the folder the program was
/// built into or any parent (a repository checkout). Relative paths in the settings start from that folder.
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    public static string Locate(string? startDirectory = null)
    {
        foreach (var start in new[] { startDirectory ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            if (FindUpwards(start) is { } found) return found;
        return startDirectory ?? Directory.GetCurrentDirectory();
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SettingsFile))) return dir.FullName;
        return null;
    }

    /// <summary>Resolves a configured path against the content root unless it is already absolute.</summary>
    public static string Resolve(string root, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path));
}
