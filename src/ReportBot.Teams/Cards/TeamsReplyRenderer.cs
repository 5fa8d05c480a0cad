using System.Text;
using System.Text.Json;
using ReportBot.Core.Conversations;
using ReportBot.Teams.Schema;

namespace ReportBot.Teams.Cards;

/// <summary>
/// Renders a neutral reply as a Bot Framework message. A reply with structure (excerpts, a quoted statement, a list
/// or buttons) becomes an Adaptive Card, with its title as the notification summary; a plain reply (a problem, a
/// short note) becomes Teams Markdown text. Never both: Teams would show the same content twice. Excerpts are
/// dropped from the end until the activity fits the size budget.
/// </summary>
public static class TeamsReplyRenderer
{
    public static Activity Render(Reply reply, int maxBytes)
    {
        for (int count = reply.Excerpts.Count; ; count--)
        {
            var activity = Build(reply, count);
            if (count == 0 || Size(activity) <= maxBytes) return activity;
        }
    }

    private static Activity Build(Reply reply, int excerptCount)
    {
        if (!NeedsCard(reply))
            return new Activity { Type = ActivityTypes.Message, TextFormat = "markdown", Text = Markdown(reply, excerptCount) };
        var card = AdaptiveCardWriter.Write(reply, excerptCount);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = reply.Title,
            Attachments = [new Attachment { ContentType = AdaptiveCardWriter.ContentType, Content = JsonSerializer.SerializeToElement(card) }],
        };
    }

    private static bool NeedsCard(Reply reply) =>
        reply.Excerpts.Count > 0 || reply.Quote is not null || reply.Items.Count > 0 || reply.Buttons.Count > 0;

    /// <summary>The reply as Markdown paragraphs.</summary>
    internal static string Markdown(Reply reply, int excerptCount)
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(TeamsMarkdown.Escape(reply.Title)).Append("**");
        if (reply.Body.Length > 0) sb.Append("\n\n").Append(TeamsMarkdown.Escape(reply.Body));
        foreach (var item in reply.Items) sb.Append("\n\n- ").Append(TeamsMarkdown.Escape(item));
        if (reply.Quote is { } quote)
            Excerpt(sb, "“" + TeamsMarkdown.Escape(quote.Text) + "”", quote.Citation?.ToString(), quote.Pillars.Select(p => p.ToString()));
        foreach (var e in reply.Excerpts.Take(excerptCount))
            Excerpt(sb, $"{e.Rank}. “{TeamsMarkdown.FromSnippet(e.Snippet)}”", e.Citation.ToString(), e.Pillars.Select(p => p.ToString()));
        return sb.ToString();
    }

    private static void Excerpt(StringBuilder sb, string quote, string? citation, IEnumerable<string> pillars)
    {
        sb.Append("\n\n").Append(quote);
        var source = string.Join(" · ", new[] { citation }.Concat(pillars).Where(s => !string.IsNullOrEmpty(s)).Select(s => TeamsMarkdown.Escape(s!)));
        if (source.Length > 0) sb.Append("\n\n_— ").Append(source).Append('_');
    }

    private static int Size(Activity activity) =>
        Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity));
}
