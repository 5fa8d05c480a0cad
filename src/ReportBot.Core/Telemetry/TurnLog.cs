using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Core.Answers;
using ReportBot.Core.Conversations;
using ReportBot.Core.Options;

namespace ReportBot.Core.Telemetry;

/// <summary>
/// One structured log line per question: outcome, confidence, passages, time. The question's text is included only
/// when <see cref="QuestionLoggingOptions.IncludeQuestions"/> is on.
/// </summary>
public sealed partial class TurnLog(ILogger<TurnLog> logger, IOptions<QuestionLoggingOptions> options)
{
    public void Answered(Turn turn, string question, Answer answer, TimeSpan elapsed)
    {
        if (!logger.IsEnabled(LogLevel.Information)) return;
        string passages = string.Join(' ', answer.Excerpts.Select(e => e.PassageId));
        double ms = Math.Round(elapsed.TotalMilliseconds, 2);
        if (options.Value.IncludeQuestions)
            Log.AnsweredWithText(logger, turn.Platform.Key, answer.Status, answer.Confidence, passages, ms, question);
        else
            Log.Answered(logger, turn.Platform.Key, answer.Status, answer.Confidence, passages, ms,
                question.Length.ToString(CultureInfo.InvariantCulture));
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Question on {Platform}: {Status}, confidence {Confidence}, passages [{Passages}], {ElapsedMs} ms ({Length} characters)")]
        public static partial void Answered(ILogger logger, string platform, AnswerStatus status, double confidence, string passages, double elapsedMs, string length);

        [LoggerMessage(2, LogLevel.Information, "Question on {Platform}: {Status}, confidence {Confidence}, passages [{Passages}], {ElapsedMs} ms: {Question}")]
        public static partial void AnsweredWithText(ILogger logger, string platform, AnswerStatus status, double confidence, string passages, double elapsedMs, string question);
    }
}
