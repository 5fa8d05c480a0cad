using ReportBot.Core.Answers;

namespace ReportBot.Core.Evaluation;

/// <summary>Asks every question of an evaluation set and scores the answers.</summary>
public sealed class EvalRunner(AnswerEngine engine)
{
    private const int Depth = 5;

    public EvalReport Run(IEnumerable<EvalQuestion> questions) =>
        new(questions.Select(Evaluate).ToList());

    public EvalResult Evaluate(EvalQuestion question)
    {
        var answer = engine.Ask(question.Question, top: Depth);
        // A reply about the report itself states its fact in words; that counts as the first result.
        int? hit = question.InScope && answer.Fact is { } fact && EvalText.Contains(fact, question.Expected) ? 1 : null;
        for (int i = 0; i < answer.Excerpts.Count && hit is null; i++)
            if (question.InScope && EvalText.Contains(answer.Excerpts[i].Text, question.Expected)) hit = i + 1;
        var top = answer.Excerpts.FirstOrDefault();
        return new EvalResult(question, !answer.Answered, hit, answer.Confidence, top?.Text, top?.Text.Length) { Signals = answer.Fact is null ? answer.Evidence?.Signals : null };
    }
}
