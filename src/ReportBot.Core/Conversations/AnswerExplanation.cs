using System.Globalization;
using ReportBot.Core.Answers;

namespace ReportBot.Core.Conversations;

/// <summary>
/// "Why this answer?": the words that matched and how, the signals and the decision, as a reply meant only for the
/// user who pressed the button (an acknowledgement, which every platform shows to that user alone where it can).
/// </summary>
public static class AnswerExplanation
{
    public static Reply For(Answer answer)
    {
        if (answer.Evidence is not { } e)
            return new Reply(ReplyKind.Acknowledgement, "Why this answer", "This reply was not a search of the report.", [], []);
        var c = CultureInfo.InvariantCulture;
        var items = new List<string>();
        if (e.Matched.Count > 0) items.Add("Matched words: " + string.Join("; ", e.Matched));
        if (e.Missing.Count > 0) items.Add("Words the first passage does not contain: " + string.Join(", ", e.Missing));
        var s = e.Signals;
        items.Add(string.Create(c, $"Share of the question's words in the first passage: {s.Coverage:F2}"));
        if (s.Similarity is { } similarity)
            items.Add(string.Create(c, $"Meaning similarity to the first passage: {similarity:F2} ({s.SimilarityAboveMedian ?? 0:+0.00;-0.00} against the median passage)"));
        if (s.UnknownShare > 0) items.Add(string.Create(c, $"Share of the question the report never mentions: {s.UnknownShare:F2}"));
        if (s.AnswerKindMissing > 0) items.Add("The question asks for a figure or a later year that the first passage does not state");
        string verdict = answer.Answered ? "answered" : "abstained";
        return new Reply(ReplyKind.Acknowledgement, "Why this answer", $"{Capitalised(e.Decision)} → {verdict}.", [], []) { Items = items };
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
