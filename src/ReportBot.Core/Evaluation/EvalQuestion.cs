namespace ReportBot.Core.Evaluation;

/// <summary>One line of an evaluation set: a question, whether the report answers it, and what a hit must contain.</summary>
public sealed record EvalQuestion(bool InScope, string Question, IReadOnlyList<string> Expected, int Line);
