using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;

namespace ReportBot.WebChat;

/// <summary>The chat page's view of a neutral reply (the page renders it; it never composes answers itself).</summary>
public sealed record WebReply(
    string Kind, string Title, string Body, IReadOnlyList<string> Items, WebQuote? Quote,
    IReadOnlyList<WebExcerpt> Excerpts, IReadOnlyList<WebButton> Buttons, double? Confidence)
{
    /// <summary>The conversation the reply belongs to, on answers to the page's own requests (the page keeps it).</summary>
    public string? ConversationId { get; init; }

    public static WebReply From(Reply reply) => new(
        reply.Kind.ToString(),
        reply.Title,
        reply.Body,
        reply.Items,
        reply.Quote is { } q ? new WebQuote(q.Text, q.Citation?.ToString(), q.Pillars.Select(WebPillar.From).ToList()) : null,
        reply.Excerpts.Select(e => new WebExcerpt(e.Rank, e.PassageId, e.Text, e.Snippet, e.Citation.ToString(), e.Citation.Page,
            e.Pillars.Select(WebPillar.From).ToList())).ToList(),
        reply.Buttons.Select(b => new WebButton(b.Label, b.Action.Encode())).ToList(),
        reply.Confidence);
}
