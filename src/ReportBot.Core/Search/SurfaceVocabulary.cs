using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using ReportBot.Core.Analysis;

namespace ReportBot.Core.Search;

/// <summary>
/// The words of the report as written (lower-cased), each with the index terms it analyses to. Typos are corrected
/// against these written words, not against stems: "unification" stems to "unif", one letter from "unit", but as
/// written it is far from any word of the report.
/// </summary>
internal sealed partial class SurfaceVocabulary
{
    private const int MinLength = 4;
    private readonly Dictionary<string, string[]> _terms;
    private readonly TypoCorrector _words;
    private readonly TypoCorrector _acronyms;

    public SurfaceVocabulary(IEnumerable<string> texts, Analyzer analyzer)
    {
        var written = texts.SelectMany(text => Word().Matches(text).Select(m => m.Value)).Where(w => w.Length >= MinLength).ToList();
        _terms = written.Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(w => w, w => TokenReader.Read(analyzer, w).Select(t => t.Term).Distinct().ToArray(), StringComparer.Ordinal);
        _words = new TypoCorrector(_terms.Keys);
        _acronyms = new TypoCorrector(written.Where(IsAcronym).Select(w => w.ToLowerInvariant()).Distinct());
    }

    /// <summary>
    /// Index terms of the report's words closest to <paramref name="typed"/> (a word as the user wrote it). A word
    /// in capitals is only corrected to one of the report's own acronyms ("CPTTP" → CPTPP, but "ASEAN" stays).
    /// </summary>
    public string[] Correct(string typed)
    {
        string word = typed.ToLowerInvariant();
        if (word.Length < MinLength || _terms.ContainsKey(word)) return [];
        var corrector = IsAcronym(typed) ? _acronyms : _words;
        int maxEdits = word.Length < 8 ? 1 : 2;
        return corrector.Correct(word, maxEdits).SelectMany(w => _terms[w]).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
