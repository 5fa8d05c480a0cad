using System.Globalization;
using System.Text;

namespace ReportBot.Core.Evaluation;

/// <summary>
/// Fits the answer-or-abstain decision: logistic regression (standardised inputs, a little L2, plain gradient
/// descent: deterministic, no library needed for five numbers) of "the report answers this" on the signals of labelled
/// questions, each weight kept to its declared sign (a monotone model), then the threshold that keeps false abstention on them at or below <see cref="MaxFalseAbstention"/>
/// while rejecting as many out-of-scope questions as possible.
/// </summary>
public static class AbstentionFitter
{
    public const double MaxFalseAbstention = 0.05;
    private const double L2 = 0.01;
    private const double LearningRate = 0.5;
    private const int Iterations = 4000;

    public static FittedAbstention Fit(IReadOnlyList<(double[] Signals, bool InScope)> samples, IReadOnlyList<int>? signs = null)
    {
        if (samples.Count == 0) throw new ArgumentException("nothing to fit on", nameof(samples));
        int m = samples[0].Signals.Length;
        var means = new double[m];
        var deviations = new double[m];
        for (int j = 0; j < m; j++)
        {
            means[j] = samples.Average(s => s.Signals[j]);
            double variance = samples.Average(s => Math.Pow(s.Signals[j] - means[j], 2));
            deviations[j] = Math.Max(1e-6, Math.Sqrt(variance));
        }
        var z = samples.Select(s => s.Signals.Select((v, j) => (v - means[j]) / deviations[j]).ToArray()).ToArray();
        var y = samples.Select(s => s.InScope ? 1.0 : 0.0).ToArray();

        var weights = new double[m];
        double intercept = 0;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[m];
            double gradientIntercept = 0;
            for (int i = 0; i < z.Length; i++)
            {
                double p = Sigmoid(intercept + Dot(weights, z[i]));
                gradientIntercept += p - y[i];
                for (int j = 0; j < m; j++) gradient[j] += (p - y[i]) * z[i][j];
            }
            intercept -= LearningRate * gradientIntercept / z.Length;
            for (int j = 0; j < m; j++)
            {
                weights[j] -= LearningRate * (gradient[j] / z.Length + L2 * weights[j]);
                // Projected gradient: a weight against its declared direction is held at zero.
                if (signs is not null && weights[j] * signs[j] < 0) weights[j] = 0;
            }
        }

        var probabilities = z.Select(x => Sigmoid(intercept + Dot(weights, x))).ToArray();
        double threshold = ChooseThreshold(probabilities, y);
        return new FittedAbstention(means, deviations, weights, intercept, threshold);
    }

    /// <summary>The highest threshold (in steps of 0.01) whose false abstention stays within the bar.</summary>
    private static double ChooseThreshold(double[] probabilities, double[] inScope)
    {
        int inCount = inScope.Count(v => v > 0);
        double chosen = 0;
        for (int step = 1; step < 100; step++)
        {
            double t = step / 100.0;
            int falseAbstentions = probabilities.Where((p, i) => inScope[i] > 0 && p < t).Count();
            if (inCount > 0 && falseAbstentions / (double)inCount <= MaxFalseAbstention) chosen = t;
        }
        return chosen;
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}

/// <summary>The values <see cref="AbstentionFitter"/> found, printable as the constants of <see cref="Answers.AbstentionModel"/>.</summary>
public sealed record FittedAbstention(double[] Means, double[] Deviations, double[] Weights, double Intercept, double Threshold)
{
    public string ToCSharp()
    {
        static string List(double[] values) => string.Join(", ", values.Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)));
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"    private static readonly double[] Means = [{List(Means)}];");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    private static readonly double[] Deviations = [{List(Deviations)}];");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    private static readonly double[] Weights = [{List(Weights)}];");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    private const double Intercept = {Intercept.ToString("0.####", CultureInfo.InvariantCulture)};");
        sb.AppendLine(CultureInfo.InvariantCulture, $"    public const double Threshold = {Threshold.ToString("0.##", CultureInfo.InvariantCulture)};");
        return sb.ToString();
    }
}
