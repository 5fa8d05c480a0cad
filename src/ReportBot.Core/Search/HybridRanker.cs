namespace ReportBot.Core.Search;

/// <summary>
/// Ranks every passage by words and meaning together: the lexical score (relative to the best lexical hit, times the
/// share of the question the passage covers) blended with the cosine similarity of the meaning vectors. Word overlap
/// keeps the order where it is strong; meaning finds the passage a paraphrase is about when no word is shared.
/// The blend was chosen on the calibration questions (docs/quality.md).
/// </summary>
internal static class HybridRanker
{
    /// <summary>Weight of the lexical part; the meaning part gets the rest.</summary>
    public const double LexicalWeight = 0.45;

    /// <summary>How many of the best passages get their coverage measured when no lexical hit found them.</summary>
    private const int CoverageMeasured = 20;

    public static List<RankedPassage> Rank(ReportIndex index, SearchOutcome lexical, float[] similarity)
    {
        double best = lexical.Ranked.Count > 0 ? lexical.Ranked[0].Score : 0;
        var byPassage = new Dictionary<IndexedPassage, RankedPassage>(lexical.Ranked.Count);
        foreach (var hit in lexical.Ranked) byPassage[hit.Passage] = hit;

        var ranked = new List<RankedPassage>(index.Passages.Count);
        for (int i = 0; i < index.Passages.Count; i++)
        {
            var passage = index.Passages[i];
            double lexicalPart = 0, coverage;
            if (byPassage.TryGetValue(passage, out var hit))
            {
                lexicalPart = best > 0 ? hit.Score / best * hit.Coverage : 0;
                coverage = hit.Coverage;
            }
            else coverage = double.NaN; // filled in below for the passages that can be shown
            double score = LexicalWeight * lexicalPart + (1 - LexicalWeight) * similarity[i];
            ranked.Add(new RankedPassage(passage, score, coverage, similarity[i]));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        // Coverage does not change the score of a passage no lexical hit found (its lexical part is zero), so it is
        // measured only for the few that can be shown or inform the decision: on a large corpus that is most of the cost.
        for (int i = 0; i < ranked.Count; i++)
            if (double.IsNaN(ranked[i].Coverage))
                ranked[i] = ranked[i] with { Coverage = i < CoverageMeasured ? PassageSearcher.Coverage(lexical.Concepts, ranked[i].Passage) : 0 };
        return ranked;
    }
}
