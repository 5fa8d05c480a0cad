using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReportBot.Testing;

/// <summary>Keeps every formatted log line (with its exception) so tests can check what the bot writes to its logs.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly LineWatch _messages = new();
    private readonly ChangeSignal _changed = new();

    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    /// <summary>
    /// Completes when a message <paramref name="match"/> accepts is logged after this call: register before causing
    /// it, so it cannot be missed.
    /// </summary>
    public Task NextMessageAsync(Func<string, bool> match) => _messages.WhenSeen(match);

    /// <summary>
    /// Completes once <paramref name="count"/> messages that <paramref name="match"/> accepts have been logged, earlier
    /// ones included, looking again at each entry; fails naming <paramref name="what"/> after <paramref name="timeout"/>.
    /// </summary>
    public Task WaitForMessagesAsync(Func<string, bool> match, int count, string what, TimeSpan timeout) =>
        _changed.WaitUntilAsync(() => Entries.Count(e => match(e.Message)) >= count, timeout,
            () => $"expected {count} log message(s) {what}, got {Entries.Count(e => match(e.Message))}");

    private void Add(string category, LogLevel level, string message, Exception? exception)
    {
        Entries.Enqueue((category, level, message, exception));
        _messages.Add(message);
        _changed.Pulse();
    }

    /// <summary>Everything logged, as one string (messages and exception texts).</summary>
    public string AllText => string.Join("\n", Entries.Select(e => $"{e.Category} {e.Level} {e.Message} {e.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(category, logLevel, formatter(state, exception), exception);
    }
}
