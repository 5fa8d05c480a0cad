using ReportBot.Core.Evaluation;
using ReportBot.Core.Tests.Support;
using Xunit.Abstractions;

using ReportBot.Testing;

namespace ReportBot.Core.Tests.Evaluation;

/// <summary>Answer quality on labelled questions, measured the way the <c>eval</c> verb measures it.</summary>
public sealed class AnswerQualityTests(SeedReport seed, WordsOnlySeedReport wordsOnly, ITestOutputHelper output)
    : IClassFixture<SeedReport>, IClassFixture<WordsOnlySeedReport>
{
    private EvalReport Run(string file) => Run(seed, file);

    private EvalReport Run(SeedReport engine, string file)
    {
        var report = new EvalRunner(engine.Engine).Run(EvalSet.Parse(File.ReadAllText(CoreTestFiles.Path("Evaluation", file))));
        output.WriteLine(report.Summary());
        foreach (var miss in report.Misses) output.WriteLine($"miss: {miss.Question.Question} (rank {miss.HitRank}, confidence {miss.Confidence})");
        return report;
    }

    [Fact]
    public void The_dev_set_meets_the_quality_bar()
    {
        var report = Run("dev-questions.tsv");
        Assert.True(report.HitAt1 >= 0.95, $"hit@1 {report.HitAt1}");
        Assert.True(report.HitAt3 >= 0.95, $"hit@3 {report.HitAt3}");
        Assert.True(report.Rejection >= 0.85, $"rejection {report.Rejection}");
        Assert.True(report.FalseAbstention <= 0.05, $"false abstention {report.FalseAbstention}");
        Assert.True(report.MedianTopPassageLength <= 600, $"median top-1 passage {report.MedianTopPassageLength}");
    }

    /// <summary>Without the meaning model (Answers:Semantic=false, or a model that failed to load) the words-only engine still holds the dev bar.</summary>
    [Fact]
    public void By_words_alone_the_dev_set_still_meets_the_quality_bar()
    {
        var report = Run(wordsOnly, "dev-questions.tsv");
        Assert.True(report.HitAt1 >= 0.95, $"hit@1 {report.HitAt1}");
        Assert.True(report.Rejection >= 0.95, $"rejection {report.Rejection}");
        Assert.True(report.FalseAbstention <= 0.05, $"false abstention {report.FalseAbstention}");
    }

    /// <summary>
    /// The questions written the way people ask (docs/quality.md). The bars sit a little below what the engine
    /// reaches: they catch a regression, they are not the targets (which it does not yet meet; see docs/quality.md).
    /// </summary>
    [Theory]
    [InlineData("realistic-calibration.tsv", 0.80, 0.85, 0.62, 0.08)]
    [InlineData("realistic-test.tsv", 0.65, 0.78, 0.50, 0.08)]
    public void Questions_people_write_stay_above_the_bar(string file, double hitAt1, double hitAt3, double rejection, double falseAbstention)
    {
        var report = Run(file);
        Assert.True(report.HitAt1 >= hitAt1, $"hit@1 {report.HitAt1}");
        Assert.True(report.HitAt3 >= hitAt3, $"hit@3 {report.HitAt3}");
        Assert.True(report.Rejection >= rejection, $"rejection {report.Rejection}");
        Assert.True(report.FalseAbstention <= falseAbstention, $"false abstention {report.FalseAbstention}");
    }

    /// <summary>
    /// Questions written independently of the engine's tuning, as a check on overfitting to the dev set.
    /// The bar is lower: some ask for facts the landing page holds only in its metadata.
    /// </summary>
    [Fact]
    public void An_independent_question_set_stays_close_to_the_bar()
    {
        var report = Run("extra-questions.tsv");
        Assert.True(report.HitAt1 >= 0.85, $"hit@1 {report.HitAt1}");
        Assert.True(report.HitAt3 >= 0.85, $"hit@3 {report.HitAt3}");
        Assert.True(report.Rejection >= 0.7, $"rejection {report.Rejection}");
        Assert.True(report.FalseAbstention <= 0.1, $"false abstention {report.FalseAbstention}");
    }

    [Fact]
    public void Metrics_follow_the_definitions()
    {
        var q = new EvalQuestion(true, "q", ["x"], 1);
        var oos = new EvalQuestion(false, "o", [], 2);
        var report = new EvalReport(
        [
            new EvalResult(q, false, 1, 1, "x", 100),
            new EvalResult(q, false, 3, 1, "y", 300),
            new EvalResult(q, true, null, 0, null, null),
            new EvalResult(oos, true, null, 0, null, null),
            new EvalResult(oos, false, null, 1, "z", 10),
        ]);
        Assert.Equal(1 / 3.0, report.HitAt1, 6);
        Assert.Equal(2 / 3.0, report.HitAt3, 6);
        Assert.Equal((1 + 1 / 3.0) / 3, report.MrrAt5, 6);
        Assert.Equal(1 / 3.0, report.FalseAbstention, 6);
        Assert.Equal(0.5, report.Rejection, 6);
        Assert.Equal(200, report.MedianTopPassageLength);
    }

    [Fact]
    public void Expected_text_is_compared_with_case_quotes_dashes_and_spaces_folded()
    {
        Assert.True(EvalText.Contains("the “upside-down   pyramid” of Japan–South Korea", ["\"UPSIDE-DOWN PYRAMID\"", "nothing"]));
        Assert.True(EvalText.Contains("Japan–South Korea", ["japan-south korea"]));
        Assert.False(EvalText.Contains("Japan", ["Korea"]));
    }
}
