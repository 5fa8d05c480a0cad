using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Options;

/// <summary>Configuration section <c>Feedback</c>: the 👍/👎 buttons and the answer log behind <c>stats</c>.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>Offer 👍/👎 on answers and keep the answer log. Off: no buttons, nothing recorded.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Log entries (questions, votes) older than this many days are deleted at start-up.</summary>
    [Range(1, 3650)]
    public int KeepDays { get; set; } = 180;
}
