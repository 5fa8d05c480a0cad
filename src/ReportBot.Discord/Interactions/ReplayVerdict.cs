namespace ReportBot.Discord.Interactions;

/// <summary>What <see cref="InteractionReplayCache.TryRemember"/> decided about an interaction id.</summary>
public enum ReplayVerdict
{
    /// <summary>Not seen within the window: remembered now, and the request may be answered.</summary>
    First,

    /// <summary>Seen within the window: a replay (or a duplicate delivery) to refuse.</summary>
    Replayed,

    /// <summary>Its window had already closed when it was checked, so whether it was seen can no longer be told.</summary>
    Expired,

    /// <summary>
    /// Signed before this process began remembering ids: an earlier process may have answered it, and what it
    /// remembered is gone.
    /// </summary>
    BeforeStart,

    /// <summary>The cache holds its maximum of ids still within their window; refused rather than forgetting one.</summary>
    Full,
}
