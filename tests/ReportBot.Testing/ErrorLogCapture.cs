using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ReportBot.Testing;

/// <summary>
/// A logger provider that keeps every entry at Error or Critical, for tests that must fail when the code under test
/// logs an error (an unhandled exception in a request or a background handler) instead of only when it throws.
/// </summary>
public sealed class ErrorLogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _errors = new();

    public IReadOnlyList<CapturedLogEntry> Errors => [.. _errors];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    /// <summary>Every captured entry, one per line with its exception, or "none".</summary>
    public string Describe(int max = 10) => _errors.IsEmpty
        ? "none"
        : string.Join("\n", _errors.Take(max).Select(e => e.ToString())) + (_errors.Count > max ? $"\n… and {_errors.Count - max} more" : "");

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(ErrorLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner._errors.Enqueue(new CapturedLogEntry(logLevel, category, formatter(state, exception), exception));
        }
    }
}
