using System.Globalization;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Conversations;

/// <summary>Replies that show pillars: the list, and one pillar with its related passages.</summary>
public static class PillarReplies
{
    public static Reply List(IReadOnlyList<FrameworkItem> pillars)
    {
        if (pillars.Count == 0) return Reply.Problem("No pillars", "This report doesn't list numbered pillars.");
        var items = pillars.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Number}. {p.Title}")).ToList();
        // One button per pillar: each renderer lays them out within its platform's limits (Discord: rows of five).
        var buttons = pillars.Select(p => new ReplyButton(
            string.Create(CultureInfo.InvariantCulture, $"Pillar {p.Number}"), TurnAction.ShowPillar(p.Number))).ToList();
        return new Reply(ReplyKind.PillarList, string.Create(CultureInfo.InvariantCulture, $"The report's {pillars.Count} pillars"),
            "Type pillar N to see one in full.", [], buttons) { Items = items };
    }

    public static Reply Detail(PillarDetail pillar)
    {
        if (!pillar.Found) return Reply.Problem("No such pillar", pillar.Message ?? "");
        int n = pillar.Number!.Value;
        var buttons = new List<ReplyButton>();
        if (n > 1) buttons.Add(new ReplyButton(string.Create(CultureInfo.InvariantCulture, $"◀ Pillar {n - 1}"), TurnAction.ShowPillar(n - 1)));
        if (n < pillar.Count) buttons.Add(new ReplyButton(string.Create(CultureInfo.InvariantCulture, $"Pillar {n + 1} ▶"), TurnAction.ShowPillar(n + 1)));
        return new Reply(ReplyKind.Pillar, string.Create(CultureInfo.InvariantCulture, $"Pillar {n}: {pillar.Title}"),
            pillar.Related.Count > 0 ? "Related passages:" : "", pillar.Related, buttons)
        {
            Quote = new Quote(pillar.Statement!, pillar.Citation, [new PillarRef(n, pillar.Title!)]),
        };
    }
}
