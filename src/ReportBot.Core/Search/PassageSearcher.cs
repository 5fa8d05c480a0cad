using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportBot.Core.Analysis;

namespace ReportBot.Core.Search;

/// <summary>
/// Turns a cleaned question into a Lucene query and ranks passages. Never parses query syntax: the question goes
/// through the analyzer only, so brackets, quotes, AND/OR/NOT and wildcards are just text.
/// <list type="number">
/// <item>Concepts: the analysed question, one per position (synonyms stacked), at most <see cref="MaxConcepts"/>.</item>
/// <item>Typos: a concept no passage contains is replaced by the index terms within edit distance (fuzzy fallback).</item>
/// <item>Query: per concept the best field (DisMax over body, heading, context, label), plus proximity bonuses.</item>
/// <item>Re-rank: BM25 score times coverage, the IDF-weighted share of concepts the passage contains.</item>
/// </list>
/// </summary>
internal sealed class PassageSearcher(ReportIndex index)
{
    public const int MaxConcepts = 32;
    private const int Candidates = 40;
    private const float ProximityBoost = 0.6f;
    private const int ProximitySlop = 3;
    private const double FuzzyCredit = 0.8;
    private const double UnknownCommonWordShare = 0.4;
    private const int MinStemForCorrection = 5;

    public SearchOutcome Search(string question)
    {
        var concepts = Concepts(question);
        if (concepts.Count == 0) return SearchOutcome.Nothing;

        var searcher = index.Searchers.Acquire();
        try
        {
            concepts = concepts.Select(c => IsUnknown(c) ? Correct(c) : c).ToList();
            var hits = searcher.Search(BuildQuery(concepts), Candidates).ScoreDocs;
            var ranked = new List<RankedPassage>(hits.Length);
            foreach (var hit in hits)
            {
                var passage = index.DocumentPassages[hit.Doc];
                double coverage = Coverage(concepts, passage);
                ranked.Add(new RankedPassage(passage, hit.Score * coverage * coverage, coverage));
            }
            ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
            return new SearchOutcome(concepts, ranked);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The IDF-weighted share of the question's concepts a passage contains. An everyday word the report never
    /// uses ("fit", "lie", "happen") counts for less: it phrases the question rather than naming what it is about,
    /// unlike an unknown name or topic ("Ukraine", "chess"), which counts in full.
    /// </summary>
    internal static double Coverage(IReadOnlyList<Concept> concepts, IndexedPassage passage)
    {
        double covered = 0, total = 0;
        foreach (var c in concepts)
        {
            if (c.MatchedBy(passage.Terms)) covered += c.Weight * c.Credit;
            total += c.Weight * (c.Unknown && c.Common ? UnknownCommonWordShare : 1.0);
        }
        return total > 0 ? covered / total : 0;
    }

    /// <summary>Analyses the question into concepts; long questions keep their most specific concepts.</summary>
    internal List<Concept> Concepts(string question)
    {
        var tokens = TokenReader.Read(index.QuestionAnalyzer, question);
        var concepts = tokens.GroupBy(t => t.Position)
            .Select(g =>
            {
                var terms = g.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToArray();
                int df = terms.Max(index.DocumentFrequency);
                var first = g.MinBy(t => t.EndOffset - t.StartOffset);
                return new Concept(terms, g.Key, index.Idf(df))
                {
                    Unknown = df == 0,
                    Common = terms.Any(CommonWords.Contains),
                    Surface = question[first.StartOffset..Math.Min(first.EndOffset, question.Length)],
                };
            })
            // The same concept asked twice ("Korea … Korea") counts once.
            .DistinctBy(c => string.Join('\u0001', c.Terms.Order(StringComparer.Ordinal)))
            .ToList();
        if (concepts.Count > MaxConcepts)
            concepts = concepts.OrderByDescending(c => c.Weight).Take(MaxConcepts).OrderBy(c => c.Position).ToList();
        return concepts;
    }

    private bool IsUnknown(Concept concept) => concept.Terms.All(t => index.DocumentFrequency(t) == 0);

    /// <summary>
    /// Replaces an unknown word by the report's words a typo away from it as written; failing that, by index terms
    /// one letter from its stem when the stem is long enough to be specific ("divide" → "division"). Everyday words
    /// are left alone: they are far more often real words the report just doesn't use than misspellings.
    /// </summary>
    private Concept Correct(Concept concept)
    {
        string typed = concept.Surface;
        if (concept.Common || !typed.All(char.IsLetter)) return concept;
        if (index.Semantic?.Model is ILexicon lexicon && lexicon.Contains(typed.ToLowerInvariant())) return concept;
        var known = index.Typos.Correct(typed);
        if (known.Length == 0 && !typed.All(char.IsUpper) && concept.Terms[0].Length >= MinStemForCorrection)
            known = index.StemTypos.Correct(concept.Terms[0], maxEdits: 1);
        known = known.Where(t => index.DocumentFrequency(t) > 0).ToArray();
        if (known.Length == 0) return concept;
        // The weight stays that of the unknown word, so a correction never counts for more than the word typed.
        return concept with { Terms = known, Credit = FuzzyCredit, Unknown = false };
    }

    private static Query BuildQuery(IReadOnlyList<Concept> concepts)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var concept in concepts)
        {
            var best = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, boost) in PassageFields.Searched)
            {
                var alternatives = new BooleanQuery(disableCoord: true) { Boost = boost };
                foreach (var term in concept.Terms) alternatives.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                best.Add(alternatives);
            }
            query.Add(best, Occur.SHOULD);
        }
        // Neighbouring concepts close together in the text ("nuclear arsenal", "free trade agreement") earn a bonus.
        for (int i = 0; i + 1 < concepts.Count && i < 12; i++)
        {
            var pair = new MultiPhraseQuery { Slop = ProximitySlop, Boost = ProximityBoost };
            pair.Add(concepts[i].Terms.Select(t => new Term(PassageFields.Body, t)).ToArray(), 0);
            pair.Add(concepts[i + 1].Terms.Select(t => new Term(PassageFields.Body, t)).ToArray(), 1);
            query.Add(pair, Occur.SHOULD);
        }
        return query;
    }
}
