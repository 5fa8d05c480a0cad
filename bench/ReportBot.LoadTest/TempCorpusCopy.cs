namespace ReportBot.LoadTest;

/// <summary>A copy of a corpus folder's files in a fresh temp folder, which a probe may change; deleted on dispose.</summary>
public sealed class TempCorpusCopy : IDisposable
{
    public TempCorpusCopy(string source)
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportbot-load-corpus-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        // A folder the OS still holds open is left for the temp cleaner; failing the run over it would hide its result.
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
