using System.Xml.Linq;
using ReportBot.Testing;

namespace ReportBot.Tests.Architecture;

/// <summary>
/// An MSBuild file (<c>.csproj</c>, <c>Directory.Build.props</c>, ...) read as XML, for what it points at: the paths
/// its items (<c>ProjectReference</c>, <c>Compile</c>, <c>None</c>, ...), hint paths and imports name. This sees what
/// no built assembly shows: a linked source file, and a project reference the compiler drops for being unused.
/// </summary>
public sealed class ProjectFile
{
    private readonly XDocument _xml;

    public ProjectFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _xml = XDocument.Load(Path);
    }

    public string Path { get; }

    /// <summary>Repository-relative, with '/' separators, for messages.</summary>
    public string Name => System.IO.Path.GetRelativePath(RepositoryPaths.Root, Path).Replace('\\', '/');

    private string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>Every project file under <paramref name="folder"/> (relative to the repository root), build output left out.</summary>
    public static IReadOnlyList<ProjectFile> ProjectsUnder(string folder) =>
        [.. Directory.EnumerateFiles(RepositoryPaths.InRepository(folder), "*.csproj", SearchOption.AllDirectories)
            .Where(file => !file.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(file => new ProjectFile(file))];

    /// <summary>The file names, without extension, of the projects this one references directly (e.g. <c>ReportBot.Core</c>).</summary>
    public IReadOnlyList<string> ProjectReferenceNames =>
        [.. Includes("ProjectReference").Select(path => System.IO.Path.GetFileNameWithoutExtension(Slashed(path)))];

    /// <summary>This project and every project it references, directly or through others: what goes into its build.</summary>
    public IReadOnlyList<ProjectFile> WithAllReferences()
    {
        var found = new Dictionary<string, ProjectFile>(StringComparer.Ordinal);
        var pending = new Stack<ProjectFile>([this]);
        while (pending.TryPop(out var project))
        {
            if (!found.TryAdd(project.Path, project)) continue;
            foreach (var reference in project.Includes("ProjectReference"))
                pending.Push(new ProjectFile(System.IO.Path.Combine(project.Folder, Slashed(reference))));
        }
        return [.. found.Values];
    }

    /// <summary>
    /// The <c>Directory.Build.props</c> and <c>.targets</c> in this project's folder and above, up to the repository
    /// root: MSBuild imports the nearest of each without the project naming it (and that one may import the next).
    /// </summary>
    public IEnumerable<ProjectFile> DirectoryBuildFiles()
    {
        for (var dir = new DirectoryInfo(Folder); dir is not null && dir.FullName.StartsWith(RepositoryPaths.Root, StringComparison.Ordinal); dir = dir.Parent)
            foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets" })
                if (File.Exists(System.IO.Path.Combine(dir.FullName, name))) yield return new ProjectFile(System.IO.Path.Combine(dir.FullName, name));
    }

    /// <summary>The values of the elements named <paramref name="item"/>: their <c>Include</c>s.</summary>
    public IEnumerable<string> Includes(string item) =>
        _xml.Descendants().Where(e => e.Name.LocalName == item).Select(e => (string?)e.Attribute("Include")).OfType<string>();

    /// <summary>The <c>Sdk</c> the project is built with, e.g. <c>Microsoft.NET.Sdk.Web</c>.</summary>
    public string? Sdk => (string?)_xml.Root?.Attribute("Sdk");

    /// <summary>
    /// Every path this file names (an item's <c>Include</c>, a <c>HintPath</c>, an import's <c>Project</c>) that
    /// lies in <paramref name="folder"/>, relative to the repository root. Paths are resolved against this file's
    /// folder, with <c>$(MSBuildThisFileDirectory)</c> expanded; one still holding another property or a property
    /// function cannot be resolved without MSBuild, so it counts if <paramref name="folder"/> is one of its segments.
    /// </summary>
    public IReadOnlyList<string> PathsInto(string folder)
    {
        string target = RepositoryPaths.InRepository(folder) + System.IO.Path.DirectorySeparatorChar;
        var values = _xml.Descendants().SelectMany(e => e.Name.LocalName == "HintPath"
            ? [e.Value]
            : e.Attributes()
                .Where(a => a.Name.LocalName == "Include" || (e.Name.LocalName == "Import" && a.Name.LocalName == "Project"))
                .Select(a => a.Value));
        return [.. values.Where(value => value.Split(';').Any(path => IsInto(Slashed(path.Trim()), folder, target)))];
    }

    private bool IsInto(string path, string folder, string target)
    {
        string expanded = path.Replace("$(MSBuildThisFileDirectory)", Folder + "/", StringComparison.OrdinalIgnoreCase);
        return expanded.Contains("$(", StringComparison.Ordinal)
            ? expanded.Split('/', '\'', '"', '(', ')', ',', ' ').Contains(folder, StringComparer.OrdinalIgnoreCase)
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, expanded)).StartsWith(target, StringComparison.OrdinalIgnoreCase);
    }

    private static string Slashed(string path) => path.Replace('\\', '/');

    public override string ToString() => Name;
}
