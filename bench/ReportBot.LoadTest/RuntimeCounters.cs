using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace ReportBot.LoadTest;

/// <summary>
/// The bot's own view of its memory, read from outside through the runtime's diagnostics port (EventPipe, the
/// mechanism dotnet-counters uses): the managed heap's size and what the GC has committed. The resident set alone
/// cannot tell managed data from the runtime, JIT'd code and native buffers. The session is opened only after a
/// measurement, so it costs the measured run nothing.
/// </summary>
public sealed record RuntimeCounters(double GcHeapMegabytes, double GcCommittedMegabytes)
{
    private static readonly string[] Wanted = ["gc-heap-size", "gc-committed"];

    /// <summary>The first published value of each counter, or null when the process did not publish them in time.</summary>
    public static async Task<RuntimeCounters?> ReadAsync(int processId, TimeSpan timeout)
    {
        var values = new Dictionary<string, double>();
        var complete = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var provider = new EventPipeProvider("System.Runtime", EventLevel.Informational, (long)EventKeywords.None,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        using var session = new DiagnosticsClient(processId).StartEventPipeSession(provider, requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        source.Dynamic.All += data =>
        {
            if (data.EventName != "EventCounters" || data.PayloadValue(0) is not IDictionary<string, object> envelope
                || envelope["Payload"] is not IDictionary<string, object> counter) return;
            string name = (string)counter["Name"];
            if (!Wanted.Contains(name) || values.ContainsKey(name)) return;
            values[name] = Convert.ToDouble(counter["Mean"], System.Globalization.CultureInfo.InvariantCulture);
            if (values.Count == Wanted.Length) complete.TrySetResult();
        };
        var processing = Task.Run(source.Process);
        // Stopped from here, not from the callback: stopping makes the runtime flush into the stream that the
        // callback's thread is the one reading.
        await Task.WhenAny(complete.Task, processing, Task.Delay(timeout));
        session.Stop();
        await processing;
        return values.Count == Wanted.Length ? new RuntimeCounters(values["gc-heap-size"], values["gc-committed"]) : null;
    }
}
