using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace ReportBot.LoadTest;

/// <summary>
/// Makes another .NET process run a full, blocking garbage collection, from outside, as heap-dump tools do: an
/// EventPipe session with the runtime's <c>GCHeapCollect</c> keyword induces one. Memory read afterwards is what is
/// still reachable, not garbage the GC has not yet had a reason to collect.
/// </summary>
public static class InducedGc
{
    /// <summary>True when the process reported the end of a collection within <paramref name="timeout"/>.</summary>
    public static async Task<bool> RunAsync(int processId, TimeSpan timeout)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var provider = new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational,
            (long)(ClrTraceEventParser.Keywords.GCHeapCollect | ClrTraceEventParser.Keywords.GC));
        using var session = new DiagnosticsClient(processId).StartEventPipeSession(provider, requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        source.Clr.GCStop += data => { if (data.Depth == 2) done.TrySetResult(); };
        var processing = Task.Run(source.Process);
        await Task.WhenAny(done.Task, processing, Task.Delay(timeout));
        session.Stop();
        await processing;
        return done.Task.IsCompleted;
    }
}
