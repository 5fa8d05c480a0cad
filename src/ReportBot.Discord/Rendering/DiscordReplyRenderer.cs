using System.Globalization;
using System.Text;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Discord.Schema;

namespace ReportBot.Discord.Rendering;

/// <summary>
/// Renders a neutral reply as a Discord message: one embed (title, body, list, quoted statement, one field per
/// excerpt with its citation and pillars, a footer) and a row of buttons. Every part is cut to Discord's limits,
/// excerpts are dropped from the end if the embed would pass 6,000 characters, and nothing can ping anyone.
/// </summary>
public static class DiscordReplyRenderer
{
    private const int AnswerColor = 0x3B5BDB;
    private const int ProblemColor = 0xE03131;
    private const int NotCoveredColor = 0xF08C00;
    private const int MaxPillarLine = 300;

    public static MessageParams Render(Reply reply, bool ephemeral = false)
    {
        var embed = new Embed
        {
            Title = DiscordText.TruncatePlain(reply.Title, DiscordLimits.EmbedTitle),
            Description = Description(reply),
            Color = reply.Kind switch
            {
                ReplyKind.Problem => ProblemColor,
                ReplyKind.NotCovered => NotCoveredColor,
                _ => AnswerColor,
            },
            Fields = null,
            Footer = Footer(reply),
        };
        var fields = reply.Excerpts.Take(DiscordLimits.EmbedFields).Select(Field).ToList();
        while (fields.Count > 0 && Length(embed with { Fields = fields }) > DiscordLimits.EmbedTotal) fields.RemoveAt(fields.Count - 1);
        if (fields.Count > 0) embed = embed with { Fields = fields };

        return new MessageParams
        {
            Embeds = [embed],
            Components = Buttons(reply.Buttons),
            AllowedMentions = AllowedMentions.None,
            Flags = ephemeral ? MessageParams.EphemeralFlag : null,
        };
    }

    private static string? Description(Reply reply)
    {
        var sb = new StringBuilder();
        if (reply.Body.Length > 0) sb.Append(DiscordText.Escape(reply.Body));
        foreach (var item in reply.Items) Line(sb, "• " + DiscordText.Escape(item));
        if (reply.Quote is { } quote)
        {
            Line(sb, "> " + DiscordText.Escape(quote.Text));
            Line(sb, Source(quote.Citation, quote.Pillars));
        }
        // Leave room for the fields and footer within the 6,000 total.
        string text = DiscordText.Truncate(sb.ToString().Trim(), DiscordLimits.EmbedDescription / 2);
        return text.Length == 0 ? null : text;
    }

    private static EmbedField Field(Excerpt excerpt)
    {
        string name = DiscordText.TruncatePlain(
            string.Create(CultureInfo.InvariantCulture, $"{excerpt.Rank}. {excerpt.Citation}"), DiscordLimits.FieldName);
        string pillars = PillarLine(excerpt.Pillars);
        int room = DiscordLimits.FieldValue - pillars.Length - 2;
        return new EmbedField(name, "“" + DiscordText.Truncate(excerpt.Snippet, room) + "”" + pillars);
    }

    /// <summary>The excerpt's pillars in italics, with titles while they fit, as bare numbers otherwise.</summary>
    private static string PillarLine(IReadOnlyList<PillarRef> pillars)
    {
        if (pillars.Count == 0) return "";
        string full = string.Join(" · ", pillars.Select(p => "*" + DiscordText.Escape(p.ToString()) + "*"));
        return "\n" + (full.Length <= MaxPillarLine
            ? full
            : "*" + string.Join(" · ", pillars.Select(p => string.Create(CultureInfo.InvariantCulture, $"Pillar {p.Number}"))) + "*");
    }

    private static EmbedFooter? Footer(Reply reply) => reply.Confidence is double c && reply.Kind == ReplyKind.Answer
        ? new EmbedFooter(string.Create(CultureInfo.InvariantCulture, $"Quoted verbatim from the report · confidence {c:0.00}"))
        : null;

    private static string Source(Citation? citation, IReadOnlyList<PillarRef> pillars)
    {
        var parts = new List<string>();
        if (citation is not null) parts.Add("— " + DiscordText.Escape(citation.ToString()));
        parts.AddRange(pillars.Select(p => "*" + DiscordText.Escape(p.ToString()) + "*"));
        return string.Join(" · ", parts);
    }

    /// <summary>Navigation buttons in rows of five; the 👍/👎 pair on a row of its own, below them.</summary>
    private static IReadOnlyList<Component>? Buttons(IReadOnlyList<ReplyButton> buttons)
    {
        if (buttons.Count == 0) return null;
        var feedback = buttons.Where(b => b.Action.Kind == TurnActionKind.Feedback).ToList();
        var rows = buttons.Where(b => b.Action.Kind != TurnActionKind.Feedback).Chunk(DiscordLimits.ButtonsPerRow).ToList();
        if (feedback.Count > 0) rows.Add([.. feedback]);
        return rows.Take(DiscordLimits.ActionRows)
            .Select(row => Component.Row(row.Take(DiscordLimits.ButtonsPerRow).Select(Button).ToArray()))
            .ToList();
    }

    private static Component Button(ReplyButton button) =>
        Component.Button(DiscordText.TruncatePlain(button.Label, DiscordLimits.ButtonLabel), button.Action.Encode(),
            button.Action.Kind == TurnActionKind.MoreResults ? Component.PrimaryStyle : Component.SecondaryStyle);

    private static void Line(StringBuilder sb, string line)
    {
        if (line.Length == 0) return;
        if (sb.Length > 0) sb.Append('\n');
        sb.Append(line);
    }

    /// <summary>The characters Discord counts towards an embed's 6,000.</summary>
    public static int Length(Embed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
