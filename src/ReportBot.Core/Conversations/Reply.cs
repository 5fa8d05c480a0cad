using ReportBot.Core.Answers;

namespace ReportBot.Core.Conversations;

/// <summary>
/// The bot's answer to one turn, independent of any platform. Text fields are plain (renderers escape them for
/// their format); excerpt snippets are already Markdown with the report text escaped.
/// </summary>
/// <param name="Kind">What the reply is.</param>
/// <param name="Title">A short heading, plain text.</param>
/// <param name="Body">Plain-text paragraphs (separated by blank lines), may be empty.</param>
/// <param name="Excerpts">Quoted passages with citations and pillar references, best first.</param>
/// <param name="Buttons">Follow-up actions (more results, show a pillar).</param>
public sealed record Reply(ReplyKind Kind, string Title, string Body, IReadOnlyList<Excerpt> Excerpts, IReadOnlyList<ReplyButton> Buttons)
{
    /// <summary>The answer's confidence, for answers.</summary>
    public double? Confidence { get; init; }

    /// <summary>Lines of a list (pillars, suggestions), plain text.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>A quoted statement (a pillar's), verbatim, with where it comes from.</summary>
    public Quote? Quote { get; init; }

    /// <summary>Who sees it; set by the pipeline from the command's declaration and the reply's kind.</summary>
    public ReplyVisibility Visibility { get; init; } = ReplyVisibility.Conversation;

    public static Reply Problem(string title, string body) => new(ReplyKind.Problem, title, body, [], []);
}
