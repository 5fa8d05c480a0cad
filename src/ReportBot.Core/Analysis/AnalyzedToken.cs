namespace ReportBot.Core.Analysis;

/// <summary>A term the analyzer produced, its position (stacked synonyms share one) and its source offsets.</summary>
public readonly record struct AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset);
