using ReportBot.Testing;

namespace ReportBot.Tests.Architecture;

/// <summary>
/// Rules read from the project files. A project reference the code does not use yet, and a source file linked in
/// from another folder, leave no trace in a built assembly, so they are checked here rather than with NetArchTest.
/// </summary>
public sealed class ProjectFileTests
{
    /// <summary>
    /// Benchmarks and load tests measure the shipped code; built from test fakes or test sources, they would break, or
    /// measure something else, when a test changes. What they share with the tests lives in fixtures/.
    /// </summary>
    [Fact]
    public void No_bench_project_builds_anything_from_tests() =>
        AssertNonePointsInto(ProjectFile.ProjectsUnder("bench"), "tests");

    /// <summary>The shipped projects build from src/ alone: no test code, and none of the sample makers in fixtures/.</summary>
    [Fact]
    public void No_src_project_builds_anything_from_tests_or_fixtures() =>
        AssertNonePointsInto(ProjectFile.ProjectsUnder("src"), "tests", "fixtures");

    /// <summary>Which of our projects each library may reference; the host, src/ReportBot, may reference them all.</summary>
    public static TheoryData<string, string[]> AllowedProjectReferences => new()
    {
        { "ReportBot.Core", [] },
        { "ReportBot.Semantic", ["ReportBot.Core"] },
        { "ReportBot.Discord", ["ReportBot.Core"] },
        { "ReportBot.Teams", ["ReportBot.Core"] },
    };

    [Theory]
    [MemberData(nameof(AllowedProjectReferences))]
    public void A_library_references_only_the_projects_it_may(string project, string[] allowed)
    {
        var file = new ProjectFile(RepositoryPaths.InRepository("src", project, project + ".csproj"));

        Assert.Empty(file.ProjectReferenceNames.Except(allowed));
    }

    /// <summary>The engine runs without a web host (the CLI, the benchmarks), so its project cannot even reference one.</summary>
    [Fact]
    public void The_Core_project_references_no_ASP_NET_Core()
    {
        var core = new ProjectFile(RepositoryPaths.InRepository("src", "ReportBot.Core", "ReportBot.Core.csproj"));

        Assert.Equal("Microsoft.NET.Sdk", core.Sdk);
        Assert.DoesNotContain(core.Includes("FrameworkReference").Concat(core.Includes("PackageReference")),
            name => name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Fails naming each file (the project, a project it references directly or through others, or a
    /// Directory.Build file that applies to one) that names a path in one of <paramref name="folders"/>.
    /// </summary>
    private static void AssertNonePointsInto(IReadOnlyList<ProjectFile> projects, params string[] folders)
    {
        Assert.NotEmpty(projects);
        var pointers =
            from project in projects
            from built in project.WithAllReferences()
            from file in built.DirectoryBuildFiles().Prepend(built)
            from folder in folders
            from path in file.PathsInto(folder)
            select $"{project.Name}: {file.Name} names {path}";
        var found = pointers.Distinct().ToList();

        Assert.True(found.Count == 0, "into " + string.Join(" or ", folders) + ":\n" + string.Join("\n", found));
    }
}
