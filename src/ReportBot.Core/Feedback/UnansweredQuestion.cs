namespace ReportBot.Core.Feedback;

/// <summary>A question the report did not answer well: the bot abstained, or people disliked the answer.</summary>
/// <param name="Question">The normalised question.</param>
/// <param name="Times">How often it was asked in the period.</param>
/// <param name="Abstained">Whether the bot abstained (otherwise it answered and got 👎).</param>
/// <param name="LastAsked">The latest time it was asked.</param>
public sealed record UnansweredQuestion(string Question, int Times, bool Abstained, DateTimeOffset LastAsked)
{
    /// <summary>The passages shown in the answers to it that got more 👎 than 👍: what must not be offered as its answer again.</summary>
    public IReadOnlyList<string> DislikedPassages { get; init; } = [];
}
