using System.Globalization;
using Microsoft.Extensions.Options;
using ReportBot.Core.Documents;
using ReportBot.Core.Options;
using ReportBot.Core.Search;

namespace ReportBot.Core.Answers;

/// <summary>
/// Answers questions about the report with ranked verbatim excerpts, or abstains when the report does not
/// cover the question. Safe to call concurrently; never throws for any question text.
/// </summary>
public sealed class AnswerEngine(IReportIndexProvider indexes, IOptions<AnswerOptions> options)
{
    private readonly AnswerOptions _options = options.Value;

    /// <summary>Answers <paramref name="question"/>.</summary>
    /// <param name="top">Excerpts per page; defaults to <see cref="AnswerOptions.Top"/>.</param>
    /// <param name="skip">Excerpts already shown (for "more results").</param>
    public Answer Ask(string? question, int? top = null, int skip = 0)
    {
        string asked = question ?? "";
        string text = QuestionText.Clean(asked);
        if (text.Length == 0)
            return Refusal(asked, AnswerStatus.Empty, "Ask me something about the report, for example “What does the report say about 5G?”.");
        if (text.Length > _options.MaxQuestionLength)
            return Refusal(asked, AnswerStatus.TooLong,
                string.Create(CultureInfo.InvariantCulture,
                    $"That question is {text.Length:N0} characters long; please keep it under {_options.MaxQuestionLength:N0}."));

        if (ReportQuestions.IsSmallTalk(text)) return Greeting(asked, ReportQuestions.IsThanks(text));
        if (ReportQuestions.FactAskedFor(text) is { } fact && AboutTheReport(asked, fact, top) is { } aboutReport) return aboutReport;

        var (index, outcome) = SearchWithRetry(text);
        if (outcome.Concepts.Count == 0)
            return Refusal(asked, AnswerStatus.NotUnderstood,
                "I couldn't find any words to search for in that. Try naming a topic, such as “North Korea” or “trade”.");

        var judgement = AnswerJudge.Judge(index, outcome, text, _options);
        if (!judgement.Answer)
            return NotCovered(asked, text, index, outcome) with { Confidence = judgement.Evidence.Probability, Evidence = judgement.Evidence };

        int pageSize = Math.Clamp(top ?? _options.Top, 1, 10);
        var shown = Relevant(judgement.Ranked, index.Semantic is not null).ToList();
        skip = Math.Max(0, skip);
        var excerpts = shown.Skip(skip).Take(pageSize)
            .Select((r, i) => ToExcerpt(index, r, skip + i + 1, outcome.Concepts))
            .ToList();
        return new Answer(asked, AnswerStatus.Answered, judgement.Evidence.Probability, excerpts, null, [],
            HasMore: shown.Count > skip + pageSize) { Evidence = judgement.Evidence };
    }

    /// <summary>
    /// The passage that comes closest to <paramref name="question"/>, however far below the bar: for the maintainers'
    /// report on unanswered questions, never for users. Null when nothing shares a word with it.
    /// </summary>
    public Excerpt? Nearest(string? question)
    {
        string text = QuestionText.Clean(question);
        if (text.Length == 0 || text.Length > _options.MaxQuestionLength) return null;
        var (index, outcome) = SearchWithRetry(text);
        // Nothing shares a word with it: meaning alone always finds some passage, which is no evidence of being near.
        if (outcome.Concepts.Count == 0 || outcome.Ranked.Count == 0) return null;
        var ranked = AnswerJudge.Judge(index, outcome, text, _options).Ranked;
        return ranked.Count > 0 ? ToExcerpt(index, ranked[0], 1, outcome.Concepts) : null;
    }

    /// <summary>
    /// Passages worth showing: close enough to the best one. By words alone, in both score and coverage; blended with
    /// meaning, in combined score.
    /// </summary>
    private static IEnumerable<RankedPassage> Relevant(IReadOnlyList<RankedPassage> ranked, bool blended)
    {
        var best = ranked[0];
        return blended
            ? ranked.Where(r => r.Score >= best.Score * RelevantShare)
            : ranked.Where(r => r.Score >= best.Score * 0.2 && r.Coverage >= best.Coverage * 0.5);
    }

    /// <summary>Share of the question a passage must contain for its pillars to be offered as close.</summary>
    private const double MinPillarEvidence = 1 / 3.0;

    /// <summary>The share of the best combined score a passage needs to be shown.</summary>
    private const double RelevantShare = 0.6;

    private Answer Greeting(string asked, bool thanks)
    {
        var metadata = indexes.Current.Report.Metadata;
        string examples = metadata.Examples.Count >= 2
            ? $" For example: “{metadata.Examples[0]}” or “{metadata.Examples[1]}”"
            : "";
        string title = metadata.Title.Length > 0 ? $"“{metadata.Title}”" : "the report";
        string opening = thanks ? "You're welcome! Ask me anything else about" : "Hello! Ask me anything about";
        return Refusal(asked, AnswerStatus.SmallTalk, $"{opening} {title}.{examples}");
    }

    private Answer? AboutTheReport(string asked, ReportFact fact, int? top)
    {
        var index = indexes.Current;
        if (ReportFactAnswers.Answer(index.Report, fact) is not var (text, passages)) return null;
        int pageSize = Math.Clamp(top ?? _options.Top, 1, 10);
        var excerpts = passages.Take(pageSize).Select((p, i) => new Excerpt(i + 1, p.Id, p.Text, SnippetHighlighter.Highlight(index.Passages[p.Ordinal], []), 1,
            new Citation(p.Section, p.Page, p.EndPage), PillarRefs(index.Report, p))).ToList();
        var evidence = new AnswerEvidence([], [], new AnswerSignals(1, null, 1, 0, 0), 1, 0,
            $"about the report itself ({fact}): answered from its metadata");
        return new Answer(asked, AnswerStatus.Answered, 1, excerpts, null, [], false) { Fact = text, Evidence = evidence };
    }

    private (ReportIndex Index, SearchOutcome Outcome) SearchWithRetry(string text)
    {
        var index = indexes.Current;
        while (true)
        {
            try
            {
                return (index, new PassageSearcher(index).Search(text));
            }
            catch (Exception e) when (e is ObjectDisposedException || index.IsDisposed)
            {
                // The index was replaced and retired mid-query: run again on the one that replaced it. Lucene.Net
                // does not always say so with ObjectDisposedException (an analyzer disposed under a running query
                // can throw NullReferenceException from its thread-local), hence the IsDisposed check. Only ever
                // again on a newer index (reloads are finite), so this ends; anything else is an error.
                var next = indexes.Current;
                if (ReferenceEquals(next, index)) throw;
                index = next;
            }
        }
    }

    private Answer NotCovered(string asked, string text, ReportIndex index, SearchOutcome outcome)
    {
        var suggestions = ClosestPillars(index, outcome);
        string topic = text.Length > 80 ? text[..77].TrimEnd() + "…" : text;
        string message = $"The report doesn't seem to cover “{topic}”.";
        var examples = index.Report.Metadata.Examples;
        if (suggestions.Count == 0 && examples.Count > 0)
            message += " You could ask, for example, " + string.Join(" or ", examples.Take(2).Select(e => $"“{e}”")) + ".";
        return new Answer(asked, AnswerStatus.NotCovered, Math.Round(outcome.Confidence, 3), [], message, suggestions, false);
    }

    /// <summary>
    /// The pillars whose passages share a real part of the question (a third of it, by weight), at most three; none
    /// when no passage does: a list of every pillar tells the user nothing.
    /// </summary>
    private static IReadOnlyList<PillarRef> ClosestPillars(ReportIndex index, SearchOutcome outcome)
    {
        var pillars = index.Report.Pillars;
        if (pillars is null) return [];
        var votes = new Dictionary<int, double>();
        foreach (var ranked in outcome.Ranked.Where(r => r.Coverage >= MinPillarEvidence).Take(10))
            foreach (int number in ranked.Passage.Passage.Pillars)
                votes[number] = votes.GetValueOrDefault(number) + ranked.Score;
        var chosen = votes.OrderByDescending(v => v.Value).Take(3).Select(v => v.Key).Order();
        return chosen.Select(n => pillars.Find(n)).OfType<FrameworkItem>().Select(i => new PillarRef(i.Number, i.Title)).ToList();
    }

    internal static Excerpt ToExcerpt(ReportIndex index, RankedPassage ranked, int rank, IReadOnlyList<Concept> concepts)
    {
        var passage = ranked.Passage.Passage;
        return new Excerpt(
            rank,
            passage.Id,
            passage.Text,
            SnippetHighlighter.Highlight(ranked.Passage, concepts),
            Math.Round(ranked.Score, 4),
            new Citation(passage.Section, passage.Page, passage.EndPage),
            PillarRefs(index.Report, passage));
    }

    internal static IReadOnlyList<PillarRef> PillarRefs(Report report, Passage passage) =>
        report.Pillars is null
            ? []
            : passage.Pillars.Select(report.Pillars.Find).OfType<FrameworkItem>().Select(i => new PillarRef(i.Number, i.Title)).ToList();

    private static Answer Refusal(string asked, AnswerStatus status, string message) =>
        new(asked, status, 0, [], message, [], false);
}
