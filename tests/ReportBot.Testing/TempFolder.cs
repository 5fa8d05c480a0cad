namespace ReportBot.Testing;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportbot-tests-" + Guid.NewGuid().ToString("N"));

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>A fresh folder holding a copy of every file directly in <paramref name="source"/>, so a test can change it freely.</summary>
    public static TempFolder CopyOf(string source)
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, folder.Combine(System.IO.Path.GetFileName(file)));
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
