using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>Command-line options: <c>--rate 200 --seconds 30 [--bot PATH_TO_ReportBot.dll] [--target messages]</c>.</summary>
public sealed record LoadOptions(int Rate, int Seconds, string BotDll, string Target)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (int i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        string root = FindRoot();
        return new LoadOptions(
            int.Parse(values.GetValueOrDefault("rate", "200"), CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("seconds", "30"), CultureInfo.InvariantCulture),
            values.GetValueOrDefault("bot", Path.Combine(root, "src", "ReportBot", "bin", "Release", "net10.0", "ReportBot.dll")),
            values.GetValueOrDefault("target", "messages"));
    }

    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the load test from inside the repository.");
    }
}
