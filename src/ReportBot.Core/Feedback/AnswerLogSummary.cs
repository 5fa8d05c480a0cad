namespace ReportBot.Core.Feedback;

/// <summary>The answer log over a period, as the <c>stats</c> command reports it.</summary>
/// <param name="Questions">Questions asked (first pages only; "More results" is not a new question).</param>
/// <param name="Abstained">Of those, how many the bot said the report doesn't cover.</param>
/// <param name="Top">The most-asked questions.</param>
/// <param name="MostDisliked">Answers with the most 👎, worst first.</param>
/// <param name="Unanswered">Questions the bot abstained on or whose answer got a 👎.</param>
public sealed record AnswerLogSummary(
    int Questions,
    int Abstained,
    IReadOnlyList<AskedQuestion> Top,
    IReadOnlyList<DislikedAnswer> MostDisliked,
    IReadOnlyList<UnansweredQuestion> Unanswered)
{
    public double AbstentionRate => Questions == 0 ? 0 : (double)Abstained / Questions;
}
