namespace ReportBot.Core.Answers;

/// <summary>
/// The calibrated decision to answer or abstain when ranking by meaning as well as words: a logistic model over
/// <see cref="AnswerSignals"/>, fitted by <c>reportbot eval --fit</c> on the calibration questions (dev, extra and
/// realistic-calibration; never realistic-test). The fitted values live here and only here; docs/quality.md records
/// the run that produced them.
/// </summary>
public static class AbstentionModel
{
    // Fitted 2026-12-03 (see docs/quality.md). Signals are standardised with these means and deviations first.
    private static readonly double[] Means = [0.6028, 0.27, 0.1609, 0.325, 0.3628, 0.0628];
    private static readonly double[] Deviations = [0.376, 0.3404, 0.1345, 0.1943, 0.1674, 0.1592];
    private static readonly double[] Weights = [0.5134, -1.2327, 0.2301, 0.088, 0, -0.7511];
    private const double Intercept = 1.3661;

    /// <summary>Answer when <see cref="Probability"/> reaches this: chosen for at most 5 % false abstention on calibration.</summary>
    public const double Threshold = 0.39;

    public static double Probability(AnswerSignals signals) => Probability(signals.Vector(), Means, Deviations, Weights, Intercept);

    public static double Probability(double[] x, double[] means, double[] deviations, double[] weights, double intercept)
    {
        double z = intercept;
        for (int i = 0; i < x.Length; i++) z += weights[i] * (x[i] - means[i]) / deviations[i];
        return 1 / (1 + Math.Exp(-z));
    }
}
