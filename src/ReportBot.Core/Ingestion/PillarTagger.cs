using Lucene.Net.Analysis;
using ReportBot.Core.Analysis;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Ingestion;

/// <summary>
/// Gives every passage the pillars it belongs to and the ones it is clearly about:
/// <list type="number">
/// <item>structure: a pillar's own statement, and passages under a heading that names a pillar;</item>
/// <item>content: IDF-weighted cosine similarity between the passage's terms and each pillar statement's terms.</item>
/// </list>
/// </summary>
public sealed class PillarTagger(Analyzer analyzer)
{
    /// <summary>Minimum summed IDF of the distinctive terms a passage shares with a pillar statement.</summary>
    public double MinSharedWeight { get; init; } = 4.5;

    /// <summary>Minimum number of distinctive terms shared with the statement.</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>Terms found in more than this share of passages say nothing about a pillar ("alliance", "korea").</summary>
    public double MaxDocumentShare { get; init; } = 0.25;

    /// <summary>A second pillar is kept only when it is at least this fraction as strong as the best one.</summary>
    public double RelativeThreshold { get; init; } = 0.45;

    public int MaxContentPillars { get; init; } = 2;

    public IReadOnlyList<Passage> Tag(IReadOnlyList<Passage> passages, Framework? pillars)
    {
        if (pillars is null || pillars.Items.Count == 0) return passages;

        var termSets = passages.Select(p => Terms(p.Text)).ToArray();
        var idf = InverseDocumentFrequency(termSets);
        var pillarVectors = pillars.Items.Select(item => Terms(item.Statement)).ToArray();
        var ownNumber = pillars.Items.ToDictionary(i => i.PassageId, i => i.Number);
        var headingPillar = HeadingPillars(passages, pillars);

        var result = new List<Passage>(passages.Count);
        for (int i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            var numbers = new SortedSet<int>();
            if (ownNumber.TryGetValue(p.Id, out int own)) numbers.Add(own);
            foreach (var heading in p.SectionPath)
                if (headingPillar.TryGetValue(heading, out int n)) numbers.Add(n);
            if (numbers.Count == 0)
                foreach (int n in ByContent(termSets[i], pillarVectors, idf)) numbers.Add(n);
            result.Add(p with { Pillars = numbers.ToArray() });
        }
        return result;
    }

    private IEnumerable<int> ByContent(HashSet<string> terms, HashSet<string>[] pillarVectors, Dictionary<string, double> idf)
    {
        var scores = new List<(int Number, double Weight)>();
        for (int k = 0; k < pillarVectors.Length; k++)
        {
            double weight = 0;
            int shared = 0;
            foreach (var t in pillarVectors[k])
                if (terms.Contains(t) && idf.TryGetValue(t, out double w)) { weight += w; shared++; }
            if (shared >= MinSharedTerms && weight >= MinSharedWeight) scores.Add((k + 1, weight));
        }
        if (scores.Count == 0) return [];
        double best = scores.Max(s => s.Weight);
        return scores.Where(s => s.Weight >= best * RelativeThreshold)
            .OrderByDescending(s => s.Weight).Take(MaxContentPillars).Select(s => s.Number);
    }

    private Dictionary<string, double> InverseDocumentFrequency(HashSet<string>[] termSets)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in termSets)
            foreach (var t in set) df[t] = df.GetValueOrDefault(t) + 1;
        int n = termSets.Length;
        return df.Where(kv => kv.Value <= Math.Max(2, n * MaxDocumentShare))
            .ToDictionary(kv => kv.Key, kv => Math.Log(1 + (n - kv.Value + 0.5) / (kv.Value + 0.5)));
    }

    private HashSet<string> Terms(string text) =>
        TokenReader.Read(analyzer, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>Headings that name a pillar, by number ("Pillar 4") or by sharing most of its title's terms.</summary>
    private Dictionary<string, int> HeadingPillars(IReadOnlyList<Passage> passages, Framework pillars)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var titles = pillars.Items.Select(i => (i.Number, Terms: Terms(i.Title))).ToArray();
        foreach (var heading in passages.SelectMany(p => p.SectionPath).Distinct())
        {
            var numbered = System.Text.RegularExpressions.Regex.Match(heading,
                $@"\b{System.Text.RegularExpressions.Regex.Escape(pillars.ItemNoun)}\s+(\d+)\b",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            if (numbered.Success && int.TryParse(numbered.Groups[1].Value, out int n) && pillars.Find(n) is not null)
            {
                result[heading] = n;
                continue;
            }
            var terms = Terms(heading);
            foreach (var (number, titleTerms) in titles)
            {
                int shared = terms.Count(titleTerms.Contains);
                if (titleTerms.Count > 0 && 2.0 * shared / (terms.Count + titleTerms.Count) >= 0.6) result[heading] = number;
            }
        }
        return result;
    }
}
