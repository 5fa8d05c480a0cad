namespace ReportBot.Core.Evaluation;

/// <summary>How one evaluation question went.</summary>
/// <param name="HitRank">1-based rank of the first passage containing an expected substring within the first five; null if none.</param>
/// <param name="TopPassageLength">Characters of the first passage returned, if any.</param>
public sealed record EvalResult(EvalQuestion Question, bool Abstained, int? HitRank, double Confidence, string? TopPassage, int? TopPassageLength)
{
    /// <summary>The signals the answer-or-abstain decision was made on, when the engine searched.</summary>
    public Answers.AnswerSignals? Signals { get; init; }

    /// <summary>In scope and found first; out of scope and abstained.</summary>
    public bool Passed => Question.InScope ? HitRank == 1 : Abstained;
}
