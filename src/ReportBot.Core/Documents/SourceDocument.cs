namespace ReportBot.Core.Documents;

/// <summary>A corpus file after reading: its metadata and its blocks in reading order.</summary>
public sealed record SourceDocument(string FileName, ReportMetadata Metadata, IReadOnlyList<DocumentBlock> Blocks);
