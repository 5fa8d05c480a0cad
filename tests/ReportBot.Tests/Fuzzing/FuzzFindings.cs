using System.Collections.Concurrent;
using ReportBot.Testing.Fuzzing;

namespace ReportBot.Tests.Fuzzing;

/// <summary>What went wrong in a fuzz run, case by case; the test fails once, at the end, listing the first few.</summary>
internal sealed class FuzzFindings(int seed)
{
    private readonly ConcurrentQueue<string> _problems = new();

    public void Add(FuzzPayload payload, string problem) => _problems.Enqueue($"{problem} — {payload}");

    public void Add(string problem) => _problems.Enqueue(problem);

    /// <summary>Runs <paramref name="count"/> cases, a few at a time, in any order (every case is self-contained).</summary>
    public static Task RunAsync(int count, Func<int, Task> body) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) => await body(i));

    public void AssertNone()
    {
        if (_problems.IsEmpty) return;
        var first = _problems.Take(10).ToList();
        Assert.Fail($"{_problems.Count} problem(s) with seed {seed} ({FuzzSeed.Variable}={seed} replays them):\n"
            + string.Join("\n", first) + (_problems.Count > first.Count ? $"\n… and {_problems.Count - first.Count} more" : ""));
    }
}
