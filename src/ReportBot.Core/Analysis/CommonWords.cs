using System.Reflection;
using Lucene.Net.Analysis.Util;

namespace ReportBot.Core.Analysis;

/// <summary>
/// Everyday English words (the embedded <c>common-english.txt</c>), stored as index terms so they compare with
/// analysed question terms. A question word the report never uses weighs less when it is one of these.
/// </summary>
public static class CommonWords
{
    private static readonly Lazy<HashSet<string>> Terms = new(Load);

    /// <summary>True when <paramref name="term"/> (an analysed, stemmed term) is an everyday English word.</summary>
    public static bool Contains(string term) => Terms.Value.Contains(term);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportBot.Core.Analysis.common-english.txt")
            ?? throw new InvalidOperationException("common-english.txt is not embedded");
        using var reader = new StreamReader(stream);
        var words = reader.ReadToEnd().Split('\n')
            .Where(line => !line.TrimStart().StartsWith('#'))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        // Stem with the same chain as questions (no synonyms, no stop words) so "fit", "fits" and "fitting" all match.
        using var analyzer = new ReportAnalyzer(SynonymRules.Empty, CharArraySet.Empty);
        return words.SelectMany(w => TokenReader.Read(analyzer, w)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
    }
}
