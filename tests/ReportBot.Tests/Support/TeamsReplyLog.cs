using ReportBot.Teams.Hosting;
using ReportBot.Testing;

namespace ReportBot.Tests.Support;

/// <summary>
/// The outbound sender's own word on each Teams reply: it logs "Reply sent to conversation …" once the connector has
/// taken the reply, and "Reply to conversation … could not be sent" once it has given up (after the bounded retries,
/// if any). Either is the last thing the bot does with that reply, so once it is logged a test can count what reached
/// the connector without waiting for anything else to arrive.
/// </summary>
public sealed class TeamsReplyLog : IDisposable
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(30);
    private readonly CapturingLoggerProvider _logs = new();

    /// <summary>Adds the capture to a host's logging, with the sender's Debug lines (the host logs Warning and up).</summary>
    public void AddTo(ILoggingBuilder logging)
    {
        logging.AddProvider(_logs);
        logging.AddFilter<CapturingLoggerProvider>(typeof(OutboundSender).FullName, LogLevel.Debug);
    }

    /// <summary>Waits until <paramref name="count"/> replies to <paramref name="conversation"/> were taken by the connector.</summary>
    public Task SentAsync(string conversation, int count = 1) =>
        _logs.WaitForMessagesAsync(m => m == $"Reply sent to conversation {conversation}", count, $"of a reply sent to {conversation}", SafetyNet);

    /// <summary>Waits until the sender gave up <paramref name="count"/> replies to <paramref name="conversation"/>.</summary>
    public Task FailedAsync(string conversation, int count = 1) =>
        _logs.WaitForMessagesAsync(m => m.StartsWith($"Reply to conversation {conversation} could not be sent", StringComparison.Ordinal), count,
            $"of a reply to {conversation} given up", SafetyNet);

    /// <summary>Waits until the sender is done with <paramref name="count"/> replies, sent or given up, to any conversation.</summary>
    public Task DoneAsync(int count) =>
        _logs.WaitForMessagesAsync(m => m.StartsWith("Reply sent to conversation ", StringComparison.Ordinal)
            || (m.StartsWith("Reply to conversation ", StringComparison.Ordinal) && m.Contains(" could not be sent: ", StringComparison.Ordinal)),
            count, "of a reply done with", SafetyNet);

    public void Dispose() => _logs.Dispose();
}
