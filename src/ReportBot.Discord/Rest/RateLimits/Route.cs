namespace ReportBot.Discord.Rest.RateLimits;

/// <summary>
/// What Discord rate-limits by: the method, the path template and the major parameter (the top-level resource:
/// channel id, guild id, webhook id + token, interaction id). Two requests share a bucket only if all three match,
/// or once Discord has told us (X-RateLimit-Bucket) that their templates share a hash.
/// </summary>
/// <param name="Template">The path with placeholders, e.g. <c>/channels/{channel_id}/messages</c>.</param>
/// <param name="MajorParameter">The top-level resource id, or empty for routes without one. May hold a token, so
/// it is never printed (see <see cref="ToString"/>).</param>
public sealed record Route(HttpMethod Method, string Template, string MajorParameter = "")
{
    /// <summary>Identifies the template independently of the major parameter: what a bucket hash is learned for.</summary>
    public string TemplateKey => Method.Method + " " + Template;

    /// <summary>
    /// Interaction callbacks and interaction webhooks are authorised by the token in their path, not the bot token,
    /// so they are not bound by the bot's global rate limit.
    /// </summary>
    public bool IsGlobalExempt =>
        Template.StartsWith("/interactions/", StringComparison.Ordinal) || Template.StartsWith("/webhooks/", StringComparison.Ordinal);

    /// <summary>Method and template only: safe to log, never includes ids or tokens.</summary>
    public override string ToString() => TemplateKey;
}
