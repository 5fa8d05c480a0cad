namespace ReportBot.Core.Options;

/// <summary>
/// <c>Logging:IncludeQuestions</c>: whether logs may contain what users typed. Off by default: people ask about
/// their work, and logs travel further than the state file.
/// </summary>
public sealed class QuestionLoggingOptions
{
    public const string Section = "Logging";

    public bool IncludeQuestions { get; set; }
}
