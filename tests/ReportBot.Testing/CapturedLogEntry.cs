using Microsoft.Extensions.Logging;

namespace ReportBot.Testing;

/// <summary>One log entry kept by <see cref="ErrorLogCapture"/>.</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}" + (Exception is null ? "" : $"\n  {Exception.GetType().Name}: {Exception.Message}\n{Exception.StackTrace}");
}
