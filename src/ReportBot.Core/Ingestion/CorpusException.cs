namespace ReportBot.Core.Ingestion;

/// <summary>The corpus cannot be read or understood; the message says what to fix.</summary>
public sealed class CorpusException(string message, Exception? inner = null) : Exception(message, inner);
