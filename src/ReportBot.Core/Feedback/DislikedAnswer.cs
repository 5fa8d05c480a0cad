namespace ReportBot.Core.Feedback;

/// <summary>A question whose answer (these passages) got 👎 votes.</summary>
public sealed record DislikedAnswer(string Question, IReadOnlyList<string> PassageIds, int Down, int Up);
