using ReportBot.Configuration;
using ReportBot.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Tests.Configuration;

public sealed class ContentRootTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Folder(params string[] parts)
    {
        string path = _temp.Combine(parts);
        Directory.CreateDirectory(path);
        return path;
    }

    private static void WriteSettings(string folder) => File.WriteAllText(Path.Combine(folder, ContentRoot.SettingsFile), "{}");

    [Fact]
    public void Locate_finds_the_settings_file_of_a_folder_from_a_nested_subfolder()
    {
        string root = Folder("app");
        WriteSettings(root);
        string nested = Folder("app", "a", "b", "c");

        Assert.Equal(root, ContentRoot.Locate(nested));
    }

    [Fact]
    public void Locate_returns_the_start_folder_itself_when_it_holds_the_settings_file()
    {
        string root = Folder("app");
        WriteSettings(root);

        Assert.Equal(root, ContentRoot.Locate(root));
    }

    [Fact]
    public void Locate_prefers_the_nearest_settings_file()
    {
        string outer = Folder("outer");
        WriteSettings(outer);
        string inner = Folder("outer", "inner");
        WriteSettings(inner);
        string nested = Folder("outer", "inner", "deeper");

        Assert.Equal(inner, ContentRoot.Locate(nested));
    }

    [Fact]
    public void Locate_ignores_a_folder_named_like_the_settings_file()
    {
        string root = Folder("app");
        WriteSettings(root);
        Folder("app", "sub", ContentRoot.SettingsFile);
        string nested = Folder("app", "sub");

        Assert.Equal(root, ContentRoot.Locate(nested));
    }

    [Fact]
    public void Locate_falls_back_to_the_settings_above_the_program_folder_when_the_start_folder_has_none()
    {
        string lonely = Folder("no-settings", "below");
        for (var dir = new DirectoryInfo(lonely); dir is not null; dir = dir.Parent)
            Assert.False(File.Exists(Path.Combine(dir.FullName, ContentRoot.SettingsFile)), $"precondition: no settings in {dir.FullName}");

        // The test binaries live under the repository, whose root holds appsettings.json.
        Assert.Equal(RepositoryPaths.Root, ContentRoot.Locate(lonely));
    }

    [Fact]
    public void Resolve_starts_relative_paths_at_the_content_root()
    {
        string root = Folder("app");

        Assert.Equal(Path.Combine(root, "corpus"), ContentRoot.Resolve(root, "corpus"));
        Assert.Equal(Path.Combine(root, "data", "index"), ContentRoot.Resolve(root, Path.Combine("sub", "..", "data", "index")));
    }

    [Fact]
    public void Resolve_keeps_absolute_paths()
    {
        string root = Folder("app");
        string elsewhere = _temp.Combine("elsewhere");

        Assert.Equal(elsewhere, ContentRoot.Resolve(root, elsewhere));
    }
}
