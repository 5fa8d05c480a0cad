namespace ReportBot.Core.Answers;

/// <summary>Why an answer does or does not carry excerpts.</summary>
public enum AnswerStatus
{
    /// <summary>Excerpts found with enough confidence.</summary>
    Answered,

    /// <summary>The question was understood but the report does not seem to cover it.</summary>
    NotCovered,

    /// <summary>Nothing searchable was left (only punctuation, stop words, symbols).</summary>
    NotUnderstood,

    /// <summary>Empty or whitespace-only question.</summary>
    Empty,

    /// <summary>A greeting or thanks: answered with a greeting and example questions, never a search.</summary>
    SmallTalk,

    /// <summary>Longer than the configured maximum; refused rather than silently truncated.</summary>
    TooLong,
}
