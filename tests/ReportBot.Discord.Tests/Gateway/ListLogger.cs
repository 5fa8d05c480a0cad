using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReportBot.Testing;

namespace ReportBot.Discord.Tests.Gateway;

/// <summary>A logger that keeps every entry, at every level, for assertions; pulses <see cref="Changes"/> after each.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public ChangeSignal Changes { get; init; } = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IReadOnlyList<LogEntry> Errors => [.. _entries.Where(e => e.Level >= LogLevel.Error)];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        _entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), exception));
        Changes.Pulse();
    }

    /// <summary>Fails if <paramref name="secret"/> appears in any message or exception.</summary>
    public void AssertNeverLogged(string secret)
    {
        foreach (var entry in _entries)
        {
            Assert.DoesNotContain(secret, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, entry.Exception?.ToString() ?? "", StringComparison.Ordinal);
        }
    }
}

internal sealed record LogEntry(LogLevel Level, string Message, Exception? Exception);
