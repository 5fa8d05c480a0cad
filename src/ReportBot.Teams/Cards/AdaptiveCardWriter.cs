using System.Text.Json.Nodes;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;

namespace ReportBot.Teams.Cards;

/// <summary>
/// Writes a reply as an Adaptive Card (schema 1.5, hand-written JSON): title, body, list items, the quoted
/// statement, one container per excerpt with its citation and pillar chips, and Action.Submit buttons whose data
/// carries the encoded <see cref="TurnAction"/>.
/// </summary>
public static class AdaptiveCardWriter
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The key in Action.Submit data that carries the encoded action.</summary>
    public const string ActionDataKey = "reportbot";

    public static JsonObject Write(Reply reply, int excerptCount)
    {
        var body = new JsonArray { Text(TeamsMarkdown.Escape(reply.Title), weight: "Bolder", size: "Medium") };
        if (reply.Body.Length > 0) body.Add(Text(TeamsMarkdown.Escape(reply.Body)));
        foreach (var item in reply.Items) body.Add(Text("• " + TeamsMarkdown.Escape(item), spacing: "None"));
        if (reply.Quote is { } quote)
            body.Add(ExcerptContainer("“" + TeamsMarkdown.Escape(quote.Text) + "”", quote.Citation, quote.Pillars));
        foreach (var excerpt in reply.Excerpts.Take(excerptCount))
            body.Add(ExcerptContainer("“" + TeamsMarkdown.FromSnippet(excerpt.Snippet) + "”", excerpt.Citation, excerpt.Pillars));

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (reply.Buttons.Count > 0)
            card["actions"] = new JsonArray(reply.Buttons.Select(b => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = b.Label,
                ["data"] = new JsonObject { [ActionDataKey] = b.Action.Encode() },
            }).ToArray());
        return card;
    }

    private static JsonObject ExcerptContainer(string quote, Citation? citation, IReadOnlyList<PillarRef> pillars)
    {
        var items = new JsonArray { Text(quote) };
        if (citation is not null) items.Add(Text("— " + TeamsMarkdown.Escape(citation.ToString()), size: "Small", subtle: true, spacing: "Small"));
        if (pillars.Count > 0) items.Add(PillarChips(pillars));
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items };
    }

    /// <summary>Pillar references as small accent-styled boxes in a row.</summary>
    private static JsonObject PillarChips(IReadOnlyList<PillarRef> pillars) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "Small",
        ["columns"] = new JsonArray(pillars.Select(p => (JsonNode)new JsonObject
        {
            ["type"] = "Column",
            ["width"] = "auto",
            ["items"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Container",
                    ["style"] = "accent",
                    ["items"] = new JsonArray { Text(TeamsMarkdown.Escape(p.ToString()), size: "Small", weight: "Bolder") },
                },
            },
        }).ToArray()),
    };

    private static JsonObject Text(string text, string? weight = null, string? size = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null) block["weight"] = weight;
        if (size is not null) block["size"] = size;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }
}
