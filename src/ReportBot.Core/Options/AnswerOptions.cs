using System.ComponentModel.DataAnnotations;

namespace ReportBot.Core.Options;

/// <summary>Configuration section <c>Answers</c>: how many excerpts to show and when to abstain.</summary>
public sealed class AnswerOptions
{
    public const string Section = "Answers";

    [Range(1, 10)]
    public int Top { get; set; } = 3;

    /// <summary>Questions longer than this are refused with a message rather than truncated.</summary>
    [Range(20, 10_000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>
    /// Minimum share (IDF-weighted) of the question's concepts the best passage must contain for the bot to answer.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.55;

    /// <summary>
    /// Rank by meaning as well as by words, with the sentence-embedding model shipped with the bot. When the model
    /// cannot be loaded the bot says so once at start-up and answers by words alone.
    /// </summary>
    public bool Semantic { get; set; } = true;
}
