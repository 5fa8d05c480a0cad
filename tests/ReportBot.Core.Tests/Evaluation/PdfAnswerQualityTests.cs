using ReportBot.Core.Evaluation;
using ReportBot.Core.Tests.Support;
using ReportBot.Testing;
using Xunit.Abstractions;

namespace ReportBot.Core.Tests.Evaluation;

/// <summary>
/// Answer quality with the report given as a PDF (cover, running headers, justified text, paragraphs across pages):
/// within 0.05 of the same questions on the Markdown text.
/// </summary>
public sealed class PdfAnswerQualityTests(PdfReportCorpus pdf, SeedReport markdown, ITestOutputHelper output)
    : IClassFixture<PdfReportCorpus>, IClassFixture<SeedReport>
{
    [Fact]
    public void The_pdf_corpus_is_read_from_the_pdf_with_pages_and_keeps_the_landing_pages_metadata()
    {
        var report = pdf.Library.Current.Report;
        Assert.All(report.Passages, p => Assert.NotNull(p.Page));
        Assert.Contains(report.Passages, p => p.EndPage > p.Page);
        Assert.Equal(6, report.Pillars!.Items.Count);
        Assert.Contains("Kristine Lee", report.Metadata.Authors);
    }

    [Fact]
    public void The_cover_block_is_not_an_answer_to_who_the_authors_are()
    {
        var answer = pdf.Engine.Ask("Who is Coby Goldberg?");
        Assert.True(answer.Answered);
        Assert.Contains("Coby Goldberg is a former", answer.Excerpts[0].Text);
        // The cover (title, byline, foreword credit) is metadata: no passage quotes it.
        Assert.DoesNotContain(pdf.Library.Current.Report.Passages, p => p.Text.Contains("By Kristine Lee", StringComparison.Ordinal));
        Assert.All(pdf.Library.Current.Report.Passages, p => Assert.True(p.Page > 1, $"page {p.Page}: {p.Text}"));
    }

    [Fact]
    public void The_covers_byline_and_foreword_credit_are_read_as_metadata()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "renew-elevate-modernize.md"));
        var document = new ReportBot.Core.Ingestion.PdfDocumentReader().Read("report.pdf", ReportAsPdf.Build(markdown));
        Assert.Equal(["Kristine Lee", "Joshua Fitt", "Coby Goldberg"], document.Metadata.Authors);
        Assert.Equal("Ambassador Mark Lippert (Ret.)", document.Metadata.ForewordAuthor);
        Assert.DoesNotContain(document.Blocks, b => b.Page == 1);
    }

    [Theory]
    [InlineData("dev-questions.tsv")]
    [InlineData("extra-questions.tsv")]
    [InlineData("realistic-calibration.tsv")]
    [InlineData("realistic-test.tsv")]
    public void Quality_on_the_pdf_stays_within_five_points_of_the_markdown(string file)
    {
        var questions = EvalSet.Parse(File.ReadAllText(CoreTestFiles.Path("Evaluation", file)));
        var fromPdf = new EvalRunner(pdf.Engine).Run(questions);
        var fromMarkdown = new EvalRunner(markdown.Engine).Run(questions);
        output.WriteLine("pdf:\n" + fromPdf.Summary() + "markdown:\n" + fromMarkdown.Summary());
        foreach (var miss in fromPdf.Misses.Where(m => fromMarkdown.Results.Single(r => r.Question.Line == m.Question.Line).Passed))
            output.WriteLine($"missed only on the pdf: {miss.Question.Question}");
        Assert.True(fromPdf.HitAt1 >= fromMarkdown.HitAt1 - 0.05, $"hit@1 {fromPdf.HitAt1} against {fromMarkdown.HitAt1}");
        Assert.True(fromPdf.HitAt3 >= fromMarkdown.HitAt3 - 0.05, $"hit@3 {fromPdf.HitAt3} against {fromMarkdown.HitAt3}");
        Assert.True(fromPdf.Rejection >= fromMarkdown.Rejection - 0.05, $"rejection {fromPdf.Rejection} against {fromMarkdown.Rejection}");
        Assert.True(fromPdf.FalseAbstention <= fromMarkdown.FalseAbstention + 0.05, $"false abstention {fromPdf.FalseAbstention} against {fromMarkdown.FalseAbstention}");
    }
}
