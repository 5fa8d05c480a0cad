using ReportBot.Core.Options;
using ReportBot.Core.Search;

namespace ReportBot.Core.Answers;

/// <summary>
/// Ranks the passages for one question and decides whether the report answers it. With the meaning model, words and
/// meaning are blended (<see cref="HybridRanker"/>) and <see cref="AbstentionModel"/> decides on several signals;
/// without it, the lexical ranking stands and the coverage of the best passage is held to <c>Answers:MinConfidence</c>.
/// </summary>
internal static class AnswerJudge
{
    public static Judgement Judge(ReportIndex index, SearchOutcome lexical, string question, AnswerOptions options)
    {
        var semantic = index.Semantic;
        var similarity = semantic?.Similarities(question);
        var ranked = similarity is null ? lexical.Ranked : HybridRanker.Rank(index, lexical, similarity);
        if (ranked.Count == 0)
        {
            var none = new AnswerSignals(0, null, 0, UnknownShare(lexical, max: false), UnknownShare(lexical, max: true));
            return new Judgement(ranked, new AnswerEvidence([], Words(lexical.Concepts), none, 0, options.MinConfidence, "nothing shares a word with the question"), false);
        }

        var top = ranked[0];
        double margin = ranked.Count > 1 ? top.Score - ranked[1].Score : top.Score;
        var signals = new AnswerSignals(top.Coverage, top.Similarity, margin, UnknownShare(lexical, max: false), UnknownShare(lexical, max: true),
            similarity is null ? null : top.Similarity - Median(similarity),
            similarity is null ? null : lexical.Ranked.Count > 0 ? similarity[lexical.Ranked[0].Passage.Passage.Ordinal] : 0,
            UnknownNames(lexical),
            AnswerKindCheck.Missing(question, top.Passage.Passage.Text, index.Report.Metadata.Date));
        var matched = lexical.Concepts.Where(c => c.MatchedBy(top.Passage.Terms)).ToList();
        var missing = lexical.Concepts.Where(c => !c.MatchedBy(top.Passage.Terms)).ToList();

        double probability, threshold;
        string decision;
        if (semantic is null)
        {
            probability = top.Coverage;
            threshold = options.MinConfidence;
            decision = $"words alone: coverage {top.Coverage:F2} against Answers:MinConfidence {threshold:F2}";
        }
        else
        {
            probability = AbstentionModel.Probability(signals);
            threshold = AbstentionModel.Threshold;
            decision = $"fitted model: probability {probability:F2} against threshold {threshold:F2}";
        }
        var evidence = new AnswerEvidence(
            matched.Select(c => Matched(c, top.Passage)).ToList(), Words(missing), signals, Math.Round(probability, 3), threshold, decision);
        return new Judgement(ranked, evidence, probability >= threshold);
    }

    /// <summary>IDF-weighted share of the question that no passage contains (everyday words aside), in all or its largest word.</summary>
    private static double UnknownShare(SearchOutcome lexical, bool max)
    {
        double total = lexical.Concepts.Sum(c => c.Weight);
        if (total <= 0) return 0;
        var unknown = lexical.Concepts.Where(c => c.Unknown && !c.Common).Select(c => c.Weight / total).ToList();
        return unknown.Count == 0 ? 0 : max ? unknown.Max() : unknown.Sum();
    }

    private static double UnknownNames(SearchOutcome lexical)
    {
        double total = lexical.Concepts.Sum(c => c.Weight);
        if (total <= 0 || lexical.Concepts.Count == 0) return 0;
        int first = lexical.Concepts.Min(c => c.Position);
        return lexical.Concepts
            .Where(c => c.Unknown && !c.Common && c.Position > first && c.Surface.Length > 0 && char.IsUpper(c.Surface[0]))
            .Sum(c => c.Weight) / total;
    }

    private static double Median(float[] values)
    {
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static string Matched(Concept concept, IndexedPassage passage)
    {
        var terms = concept.Terms.Where(passage.Terms.Contains).ToList();
        string surface = concept.Surface.Length > 0 ? concept.Surface : concept.Terms[0];
        string how = concept.Credit < 1 ? " (typo corrected)" : "";
        return terms.SequenceEqual([surface.ToLowerInvariant()]) ? surface + how : $"{surface} → {string.Join(", ", terms)}{how}";
    }

    private static List<string> Words(IEnumerable<Concept> concepts) =>
        concepts.Select(c => c.Surface.Length > 0 ? c.Surface : c.Terms[0]).ToList();
}
