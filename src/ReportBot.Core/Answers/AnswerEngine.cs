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

        var (index, outcome) = SearchWithRetry(text);
        if (outcome.Concepts.Count == 0)
            return Refusal(asked, AnswerStatus.NotUnderstood,
                "I couldn't find any words to search for in that. Try naming a topic, such as “North Korea” or “trade”.");

        if (outcome.Ranked.Count == 0 || outcome.Confidence < _options.MinConfidence)
            return NotCovered(asked, text, index, outcome);

        int pageSize = Math.Clamp(top ?? _options.Top, 1, 10);
        var shown = Relevant(outcome).ToList();
        skip = Math.Max(0, skip);
        var excerpts = shown.Skip(skip).Take(pageSize)
            .Select((r, i) => ToExcerpt(index, r, skip + i + 1, outcome.Concepts))
            .ToList();
        return new Answer(asked, AnswerStatus.Answered, Math.Round(outcome.Confidence, 3), excerpts, null, [],
            HasMore: shown.Count > skip + pageSize);
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
        return outcome.Ranked.Count > 0 ? ToExcerpt(index, outcome.Ranked[0], 1, outcome.Concepts) : null;
    }

    /// <summary>Passages worth showing: close enough to the best one in both score and coverage.</summary>
    private static IEnumerable<RankedPassage> Relevant(SearchOutcome outcome)
    {
        var best = outcome.Ranked[0];
        return outcome.Ranked.Where(r => r.Score >= best.Score * 0.2 && r.Coverage >= best.Coverage * 0.5);
    }

    private (ReportIndex Index, SearchOutcome Outcome) SearchWithRetry(string text)
    {
        var index = indexes.Current;
        try
        {
            return (index, new PassageSearcher(index).Search(text));
        }
        catch (ObjectDisposedException)
        {
            // The index was replaced and retired mid-query: run once more on the new one.
            index = indexes.Current;
            return (index, new PassageSearcher(index).Search(text));
        }
    }

    private Answer NotCovered(string asked, string text, ReportIndex index, SearchOutcome outcome)
    {
        var suggestions = ClosestPillars(index, outcome);
        string topic = text.Length > 80 ? text[..77].TrimEnd() + "…" : text;
        string message = $"The report doesn't seem to cover “{topic}”.";
        return new Answer(asked, AnswerStatus.NotCovered, Math.Round(outcome.Confidence, 3), [], message, suggestions, false);
    }

    /// <summary>The pillars whose passages share most with the question; all pillars when none share anything.</summary>
    private static IReadOnlyList<PillarRef> ClosestPillars(ReportIndex index, SearchOutcome outcome)
    {
        var pillars = index.Report.Pillars;
        if (pillars is null) return [];
        var votes = new Dictionary<int, double>();
        foreach (var ranked in outcome.Ranked.Take(10))
            foreach (int number in ranked.Passage.Passage.Pillars)
                votes[number] = votes.GetValueOrDefault(number) + ranked.Score;
        var chosen = votes.Count > 0
            ? votes.OrderByDescending(v => v.Value).Take(3).Select(v => v.Key).Order()
            : pillars.Items.Select(i => i.Number);
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
