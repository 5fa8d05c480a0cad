using System.Globalization;

namespace ReportBot.LoadTest;

/// <summary>
/// Command-line options: <c>--rate 200 --seconds 30 [--bot PATH_TO_ReportBot.dll] [--target messages]</c>, and for
/// <c>--target mixed</c> also <c>--rates 200,300,400</c> (one bot process, one step per rate).
/// </summary>
public sealed record LoadOptions(int Rate, int Seconds, string BotDll, string Target, IReadOnlyList<int> Rates)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (int i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        string root = FindRoot();
        int rate = int.Parse(values.GetValueOrDefault("rate", "200"), CultureInfo.InvariantCulture);
        var rates = values.TryGetValue("rates", out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray()
            : [rate];
        return new LoadOptions(
            rates[0],
            int.Parse(values.GetValueOrDefault("seconds", "30"), CultureInfo.InvariantCulture),
            values.GetValueOrDefault("bot", Path.Combine(root, "src", "ReportBot", "bin", "Release", "net10.0", "ReportBot.dll")),
            values.GetValueOrDefault("target", "messages"),
            rates);
    }

    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the load test from inside the repository.");
    }
}
