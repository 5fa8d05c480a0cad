namespace ReportBot.Core.Feedback;

/// <summary>A 👍 or 👎 on one answer.</summary>
public enum FeedbackVote
{
    Down = -1,
    Up = 1,
}
