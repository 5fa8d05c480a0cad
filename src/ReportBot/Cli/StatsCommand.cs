using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReportBot.Core.Answers;
using ReportBot.Core.Feedback;

namespace ReportBot.Cli;

/// <summary>
/// <c>stats [--days N] [--top N] [--json]</c>: the maintainers' report from the answer log: top questions, the
/// abstention rate, the most-disliked answers, and the unanswered questions with the passage that comes nearest
/// today (the corpus may have changed since they were asked).
/// </summary>
public static class StatsCommand
{
    public static Command Create(CliIO io)
    {
        var days = new Option<int>("--days") { Description = "How many days back to look (1–3650).", DefaultValueFactory = _ => 30 };
        days.Validators.Add(r => Range(r, "--days", 1, 3650));
        var top = new Option<int>("--top") { Description = "How many entries per list (1–100).", DefaultValueFactory = _ => 10 };
        top.Validators.Add(r => Range(r, "--top", 1, 100));
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("stats", "Report on what people asked: top questions, abstentions, 👎 answers and unanswered questions.") { days, top, json };
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var since = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(parse.GetValue(days));
            var summary = scope.Services.GetRequiredService<IAnswerLog>().Summarize(since, parse.GetValue(top));
            var gaps = summary.Unanswered.Select(q => new Gap(q, Nearest(scope.Answers, q))).ToList();
            if (parse.GetValue(json))
                io.Output.WriteLine(JsonSerializer.Serialize(new { since, summary.Questions, summary.Abstained, summary.AbstentionRate,
                    summary.Top, summary.MostDisliked, unanswered = gaps.Select(g => new { g.Question.Question, g.Question.Times,
                        g.Question.Abstained, g.Question.LastAsked, g.Question.DislikedPassages, nearest = g.Nearest }) }, JsonOptions));
            else Write(io.Output, parse.GetValue(days), summary, gaps);
            return CliAction.Ok;
        }));
        return command;
    }

    private static void Range(System.CommandLine.Parsing.OptionResult result, string name, int min, int max)
    {
        if (result.Tokens is [var token] && int.TryParse(token.Value, out int n) && (n < min || n > max))
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}."));
    }

    /// <summary>
    /// What the engine finds for the question now: its best answer if it answers, else the nearest passage. A passage
    /// people disliked as the answer is never offered as the one that "answers it now"; the next one is.
    /// </summary>
    private static NearestPassage? Nearest(AnswerEngine engine, UnansweredQuestion question)
    {
        var disliked = question.DislikedPassages.ToHashSet(StringComparer.Ordinal);
        var answer = engine.Ask(question.Question, top: 1 + Math.Min(disliked.Count, 9));
        var excerpt = answer.Answered
            ? answer.Excerpts.FirstOrDefault(e => !disliked.Contains(e.PassageId))
            : engine.Nearest(question.Question) is { } near && !disliked.Contains(near.PassageId) ? near : null;
        return excerpt is null ? null : new NearestPassage(excerpt.PassageId, excerpt.Citation.ToString(), Shorten(excerpt.Text), answer.Answered, answer.Confidence);
    }

    private static void Write(TextWriter o, int days, AnswerLogSummary summary, IReadOnlyList<Gap> gaps)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"Answer log, last {days} days"));
        o.WriteLine(string.Create(c, $"  questions: {summary.Questions}   abstained: {summary.Abstained} ({summary.AbstentionRate:P1})"));
        o.WriteLine();
        o.WriteLine("Top questions");
        if (summary.Top.Count == 0) o.WriteLine("  (none)");
        foreach (var q in summary.Top)
            o.WriteLine(string.Create(c, $"  {q.Times,4}×  {q.Question}{(q.Abstained > 0 ? $"  (abstained {q.Abstained}×)" : "")}"));
        o.WriteLine();
        o.WriteLine("Most-disliked answers");
        if (summary.MostDisliked.Count == 0) o.WriteLine("  (none)");
        foreach (var d in summary.MostDisliked)
            o.WriteLine(string.Create(c, $"  {d.Down,4} 👎 {d.Up,3} 👍  {d.Question}  → {string.Join(", ", d.PassageIds)}"));
        o.WriteLine();
        o.WriteLine("Unanswered (abstained, or the answer got 👎), with the nearest passage today");
        if (gaps.Count == 0) o.WriteLine("  (none)");
        foreach (var gap in gaps)
        {
            o.WriteLine(string.Create(c, $"  {gap.Question.Times,4}×  {(gap.Question.Abstained ? "abstained" : "disliked ")}  {gap.Question.Question}"));
            o.WriteLine(gap.Nearest is { } n
                ? string.Create(c, $"         {(n.AnswersNow ? "answered now by" : "nearest")}: {n.PassageId} ({n.Citation}, confidence {n.Confidence:F2}) “{n.Text}”")
                : gap.Question.DislikedPassages.Count > 0
                    ? "         nearest: only the passages people disliked"
                    : "         nearest: nothing in the report shares its words");
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157].TrimEnd() + "…";

    private sealed record Gap(UnansweredQuestion Question, NearestPassage? Nearest);

    private sealed record NearestPassage(string PassageId, string Citation, string Text, bool AnswersNow, double Confidence);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
