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
    private static readonly double[] Means = [0.6005, 0.2715, 0.1621, 0.3262, 0.3642, 0.0632, 0.0562];
    private static readonly double[] Deviations = [0.3758, 0.3408, 0.134, 0.1943, 0.1669, 0.1595, 0.2303];
    private static readonly double[] Weights = [0.423, -1.2424, 0.2459, 0.1888, 0, -0.8484, -0.6323];
    private const double Intercept = 1.4233;

    /// <summary>Answer when <see cref="Probability"/> reaches this: chosen for at most 5 % false abstention on calibration.</summary>
    public const double Threshold = 0.44;

    public static double Probability(AnswerSignals signals) => Probability(signals.Vector(), Means, Deviations, Weights, Intercept);

    public static double Probability(double[] x, double[] means, double[] deviations, double[] weights, double intercept)
    {
        double z = intercept;
        for (int i = 0; i < x.Length; i++) z += weights[i] * (x[i] - means[i]) / deviations[i];
        return 1 / (1 + Math.Exp(-z));
    }
}
