namespace ReportBot.Core.Feedback;

/// <summary>A normalised question and how often it was asked (and abstained on) in the period.</summary>
public sealed record AskedQuestion(string Question, int Times, int Abstained);
