using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Digest;

/// <summary>
/// Builds the digest's recommendations from the report itself, never from a typed-in list, so a new corpus brings
/// its own: the pillars, the actions each pillar lists, the items of the report's other frameworks (such as the
/// foreword's lines of effort) and the sentences that recommend. Every quote is verbatim report text.
/// </summary>
public static class RecommendationCatalog
{
    /// <summary>Pillars, then their actions, then other framework items, then sentences; each group in reading order.</summary>
    public static IReadOnlyList<Recommendation> Build(Report report)
    {
        var items = new List<Recommendation>();
        var pillars = report.Pillars;
        items.AddRange(PillarItems(report, pillars));
        items.AddRange(ActionItems(report, pillars));
        items.AddRange(FrameworkItems(report, pillars));
        items.AddRange(SentenceItems(report));

        // The same text can turn up twice (a repeated paragraph); the digest should not post it twice.
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var seenText = new HashSet<(RecommendationKind, string, string?)>();
        return items.Where(i => seenIds.Add(i.Id) && seenText.Add((i.Kind, i.Quote, i.Focus))).ToList();
    }

    private static IEnumerable<Recommendation> PillarItems(Report report, Framework? pillars)
    {
        if (pillars is null) yield break;
        foreach (var item in pillars.Items)
        {
            var pillar = new PillarRef(item.Number, item.Title);
            yield return new Recommendation(
                RecommendationIds.For(RecommendationKind.Pillar, item.PassageId, item.Statement, null),
                RecommendationKind.Pillar, item.Statement, null, CitationOf(report, item.PassageId, pillars), [pillar],
                FollowUpQuestions.ForPillar(item.Number))
            {
                Label = LabelOf(pillars, item),
            };
        }
    }

    private static IEnumerable<Recommendation> ActionItems(Report report, Framework? pillars)
    {
        if (pillars is null) yield break;
        foreach (var item in pillars.Items)
        {
            var pillar = new PillarRef(item.Number, item.Title);
            foreach (var range in ActionPhrases.Find(item.Statement))
            {
                string focus = item.Statement[range];
                yield return new Recommendation(
                    RecommendationIds.For(RecommendationKind.Action, item.PassageId, item.Statement, focus),
                    RecommendationKind.Action, item.Statement, focus, CitationOf(report, item.PassageId, pillars), [pillar],
                    FollowUpQuestions.ForAction(focus))
                {
                    Label = LabelOf(pillars, item),
                };
            }
        }
    }

    private static IEnumerable<Recommendation> FrameworkItems(Report report, Framework? pillars)
    {
        var others = report.Frameworks
            .Where(f => pillars is null || !SameFramework(f, pillars))
            .OrderBy(f => f.Items.Count == 0 ? int.MaxValue : report.FindPassage(f.Items[0].PassageId)?.Ordinal ?? int.MaxValue);
        foreach (var framework in others)
        {
            foreach (var item in framework.Items)
            {
                var passage = report.FindPassage(item.PassageId);
                yield return new Recommendation(
                    RecommendationIds.For(RecommendationKind.FrameworkItem, item.PassageId, item.Statement, null),
                    RecommendationKind.FrameworkItem, item.Statement, null, CitationOf(report, item.PassageId, framework),
                    PillarRefs(report, passage), FollowUpQuestions.ForFrameworkItem(item.Title))
                {
                    Label = LabelOf(framework, item),
                };
            }
        }
    }

    private static IEnumerable<Recommendation> SentenceItems(Report report)
    {
        // A pillar or framework item is already in the catalogue whole; its sentences would repeat it.
        var covered = report.Frameworks.SelectMany(f => f.Items).Select(i => i.PassageId).ToHashSet(StringComparer.Ordinal);
        var statements = report.Frameworks.SelectMany(f => f.Items).Select(i => i.Statement).ToList();
        var names = new Lazy<HashSet<string>>(() => Names(report));
        // With nothing in the sentence to ask about, the list of pillars (or the report's details) is a next step.
        string fallback = report.Pillars is null ? "about" : "pillars";
        foreach (var passage in report.Passages.OrderBy(p => p.Ordinal))
        {
            if (covered.Contains(passage.Id)) continue;
            foreach (var range in SentenceSplitter.Split(passage.Text))
            {
                string sentence = passage.Text[range];
                int modalAt = RecommendingSentences.ModalAt(sentence);
                if (modalAt < 0) continue;
                if (statements.Any(s => s.Contains(sentence, StringComparison.Ordinal))) continue;
                var pillars = PillarRefs(report, passage);
                yield return new Recommendation(
                    RecommendationIds.For(RecommendationKind.Sentence, passage.Id, sentence, null),
                    RecommendationKind.Sentence, sentence, null, new Citation(passage.Section, passage.Page, passage.EndPage),
                    pillars, FollowUpQuestions.ForSentence(sentence, modalAt, pillars, names.Value.Contains, fallback));
            }
        }
    }

    /// <summary>
    /// Words the report capitalises inside a sentence ("Washington", "Seoul"): names that keep their capital when
    /// a follow-up question quotes them, where "Policymakers" at the start of a sentence does not.
    /// </summary>
    private static HashSet<string> Names(Report report)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in report.Passages)
        {
            foreach (var range in SentenceSplitter.Split(passage.Text))
            {
                var words = passage.Text[range].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                foreach (var word in words.Skip(1))
                {
                    string bare = word.Trim('“', '”', '"', '(', ')', ',', '.', ';', ':', '’', '\'');
                    if (bare.Length > 0 && char.IsUpper(bare[0])) names.Add(bare);
                }
            }
        }
        return names;
    }

    /// <summary>
    /// The report may hold the pillars and the framework list as separate copies (after a round trip through the
    /// index file), so a framework is recognised by the passages of its items, not by reference.
    /// </summary>
    private static bool SameFramework(Framework a, Framework b) =>
        a.Items.Select(i => i.PassageId).SequenceEqual(b.Items.Select(i => i.PassageId), StringComparer.Ordinal);

    private static Citation CitationOf(Report report, string passageId, Framework framework) =>
        report.FindPassage(passageId) is { } passage
            ? new Citation(passage.Section, passage.Page, passage.EndPage)
            : new Citation(framework.Section, null, null);

    private static IReadOnlyList<PillarRef> PillarRefs(Report report, Passage? passage)
    {
        if (passage is null || report.Pillars is not { } pillars) return [];
        return passage.Pillars.Select(pillars.Find).OfType<FrameworkItem>().Select(i => new PillarRef(i.Number, i.Title)).ToList();
    }

    /// <summary>"Pillar 4: Galvanize …", "Line of effort 1: Reduce the irritants, …".</summary>
    private static string LabelOf(Framework framework, FrameworkItem item)
    {
        string noun = framework.ItemNoun.Length == 0 ? "Item" : char.ToUpperInvariant(framework.ItemNoun[0]) + framework.ItemNoun[1..];
        return string.Create(CultureInfo.InvariantCulture, $"{noun} {item.Number}: {item.Title}");
    }
}
