namespace ReportBot.Testing;

/// <summary>Finds the repository's folders from the test binaries, wherever the tests are run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>A path inside the repository, e.g. <c>InRepository("tests", "ReportBot.Core.Tests", "x.tsv")</c>.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
