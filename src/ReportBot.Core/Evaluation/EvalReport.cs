using System.Globalization;
using System.Text;

namespace ReportBot.Core.Evaluation;

/// <summary>The metrics of an evaluation run, as defined in the evaluation set's README.</summary>
public sealed record EvalReport(IReadOnlyList<EvalResult> Results)
{
    private IEnumerable<EvalResult> InScope => Results.Where(r => r.Question.InScope);
    private IEnumerable<EvalResult> OutOfScope => Results.Where(r => !r.Question.InScope);

    public double HitAt1 => Share(InScope, r => r.HitRank == 1);
    public double HitAt3 => Share(InScope, r => r.HitRank is <= 3);
    public double MrrAt5 => InScope.Any() ? InScope.Average(r => r.HitRank is int k ? 1.0 / k : 0) : 0;
    public double FalseAbstention => Share(InScope, r => r.Abstained);
    public double Rejection => Share(OutOfScope, r => r.Abstained);

    /// <summary>Median length in characters of the first passage of answered in-scope questions.</summary>
    public double MedianTopPassageLength
    {
        get
        {
            var lengths = InScope.Where(r => r.TopPassageLength.HasValue).Select(r => (double)r.TopPassageLength!.Value).Order().ToArray();
            if (lengths.Length == 0) return 0;
            int mid = lengths.Length / 2;
            return lengths.Length % 2 == 1 ? lengths[mid] : (lengths[mid - 1] + lengths[mid]) / 2;
        }
    }

    public IEnumerable<EvalResult> Misses => Results.Where(r => !r.Passed);

    private static double Share(IEnumerable<EvalResult> results, Func<EvalResult, bool> predicate)
    {
        var list = results.ToList();
        return list.Count == 0 ? 0 : list.Count(predicate) / (double)list.Count;
    }

    /// <summary>The figures <see cref="Summary"/> prints, by name, for printing several sets side by side.</summary>
    public IReadOnlyList<(string Name, double Value)> Figures() =>
    [
        ("in scope", InScope.Count()), ("out of scope", OutOfScope.Count()),
        ("hit@1", HitAt1), ("hit@3", HitAt3), ("MRR@5", MrrAt5),
        ("rejection", Rejection), ("false abstention", FalseAbstention),
        ("median top-1 chars", MedianTopPassageLength),
    ];

    public string Summary()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"questions: {InScope.Count()} in scope, {OutOfScope.Count()} out of scope");
        sb.AppendLine(c, $"hit@1 {HitAt1:F3}  hit@3 {HitAt3:F3}  MRR@5 {MrrAt5:F3}");
        sb.AppendLine(c, $"out-of-scope rejection {Rejection:F3}  false abstention {FalseAbstention:F3}");
        sb.AppendLine(c, $"median top-1 passage {MedianTopPassageLength:F0} characters");
        return sb.ToString();
    }
}
