using System.Globalization;
using ReportBot.Core.Conversations;

namespace ReportBot.Core.Digest;

/// <summary>The day's digest as a platform-neutral reply: the quote, what it is about, a question to ask next.</summary>
public static class DigestReplies
{
    /// <summary>Discord shows at most five buttons in a row; a digest needs no more.</summary>
    private const int MaxButtons = 5;

    public static Reply Render(Recommendation item, DateOnly localDate)
    {
        string title = "Recommendation of the day · " + localDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var paragraphs = new List<string>();
        if (item.Kind == RecommendationKind.Action && item.Focus is { } focus)
        {
            paragraphs.Add($"Focus: {focus}");
            if (item.Label is { } from) paragraphs.Add($"One of the actions of {LowerFirstWord(from)}");
        }
        else if (item.Label is { } label)
        {
            paragraphs.Add(label);
        }
        paragraphs.Add($"Ask next: {item.FollowUp}");

        var buttons = item.Pillars
            .Select(p => p.Number)
            .Distinct()
            .Take(MaxButtons)
            .Select(n => new ReplyButton(string.Create(CultureInfo.InvariantCulture, $"Pillar {n}"), TurnAction.ShowPillar(n)))
            .ToList();
        return new Reply(ReplyKind.Digest, title, string.Join("\n\n", paragraphs), [], buttons)
        {
            Quote = new Quote(item.Quote, item.Citation, item.Pillars),
        };
    }

    /// <summary>"Pillar 1: Advance …" reads "pillar 1: Advance …" inside a sentence.</summary>
    private static string LowerFirstWord(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
            ? char.ToLowerInvariant(label[0]) + label[1..]
            : label;
}
