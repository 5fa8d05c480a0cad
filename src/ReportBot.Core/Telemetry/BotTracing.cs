using System.Diagnostics;

namespace ReportBot.Core.Telemetry;

/// <summary>
/// The activity source for spans around each turn. Spans cost nothing unless a listener (the host's OpenTelemetry
/// tracer) is attached.
/// </summary>
public static class BotTracing
{
    public const string SourceName = "ReportBot";

    public static ActivitySource Source { get; } = new(SourceName);
}
