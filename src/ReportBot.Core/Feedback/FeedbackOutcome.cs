namespace ReportBot.Core.Feedback;

/// <summary>What storing a vote did.</summary>
public enum FeedbackOutcome
{
    /// <summary>The user's first vote on this answer.</summary>
    Recorded,

    /// <summary>The user had voted the other way; the vote now counts as this one.</summary>
    Changed,

    /// <summary>The same vote again: nothing changed.</summary>
    Unchanged,

    /// <summary>No such answer (expired from the log, or a forged button).</summary>
    UnknownAnswer,
}
