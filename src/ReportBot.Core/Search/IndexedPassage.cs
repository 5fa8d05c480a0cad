using ReportBot.Core.Analysis;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Search;

/// <summary>A passage with its analysed terms, kept in memory for coverage checks and highlighting.</summary>
internal sealed class IndexedPassage(Passage passage, HashSet<string> terms, AnalyzedToken[] bodyTokens)
{
    public Passage Passage { get; } = passage;

    /// <summary>Every term of every searched field (body, heading, context, label).</summary>
    public HashSet<string> Terms { get; } = terms;

    /// <summary>The body's tokens with offsets into <see cref="Documents.Passage.Text"/>.</summary>
    public AnalyzedToken[] BodyTokens { get; } = bodyTokens;
}
