using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion;

/// <summary>Turns one corpus file into format-neutral blocks.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader handles, lower-case with the dot.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    SourceDocument Read(string fileName, byte[] content);
}
