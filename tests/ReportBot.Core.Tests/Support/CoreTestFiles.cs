using ReportBot.Testing;

namespace ReportBot.Core.Tests.Support;

/// <summary>Data files of this test project, read from the repository rather than copied to the output.</summary>
public static class CoreTestFiles
{
    public static string Path(params string[] parts) => RepositoryPaths.InRepository(["tests", "ReportBot.Core.Tests", .. parts]);
}
