namespace ReportBot.Testing;

/// <summary>
/// Lines as they arrive (log messages, a process's output), kept in order, with tasks that complete when a matching
/// line arrives: tests wait on the line that says something happened instead of polling for its effect.
/// </summary>
public sealed class LineWatch
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Seen)> _awaited = [];

    /// <summary>
    /// Completes when a line <paramref name="match"/> accepts arrives after this call (or, with
    /// <paramref name="includeEarlier"/>, has arrived already). Register before causing the line, so it cannot be missed.
    /// </summary>
    public Task WhenSeen(Func<string, bool> match, bool includeEarlier = false)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (includeEarlier && _lines.Any(match)) seen.SetResult();
            else _awaited.Add((match, seen));
        }
        return seen.Task;
    }

    /// <summary>Every line so far, in the order it arrived.</summary>
    public string[] Lines()
    {
        lock (_gate) return [.. _lines];
    }

    public void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
            _awaited.RemoveAll(awaited =>
            {
                if (!awaited.Match(line)) return false;
                awaited.Seen.TrySetResult();
                return true;
            });
        }
    }
}
