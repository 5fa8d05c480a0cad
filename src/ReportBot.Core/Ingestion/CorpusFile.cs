namespace ReportBot.Core.Ingestion;

/// <summary>One file of the corpus folder, read into memory.</summary>
public sealed record CorpusFile(string Name, byte[] Content)
{
    public string Extension => System.IO.Path.GetExtension(Name).ToLowerInvariant();
}
