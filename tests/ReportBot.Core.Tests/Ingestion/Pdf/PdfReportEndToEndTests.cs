using ReportBot.Core.Analysis;
using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;

namespace ReportBot.Core.Tests.Ingestion.Pdf;

public sealed class PdfReportEndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportbot-pdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_pdf_corpus_builds_a_report_with_pages_and_pillars()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bridging-the-pacific.pdf"), SampleReport.Build());
        var builder = new ReportBuilder();
        var corpus = builder.ReadCorpus(_folder);

        var report = builder.Build(corpus, SynonymRules.Empty);

        Assert.Equal(SampleReport.Title, report.Metadata.Title);
        Assert.All(report.Passages, p => Assert.NotNull(p.Page));
        var continued = Assert.Single(report.Passages, p => p.Text == SampleReport.Continued);
        Assert.Equal((3, 4), (continued.Page, continued.EndPage));
        Assert.Equal(new[] { "Strategic Context", "Security Ties" }, continued.SectionPath);
        Assert.Equal(5, Assert.Single(report.Passages, p => p.Text == SampleReport.Closing).Page);

        var pillars = Assert.IsType<Framework>(report.Pillars);
        Assert.Equal("policy pillars", pillars.Name);
        Assert.Equal("pillar", pillars.ItemNoun);
        Assert.Equal("Executive Summary", pillars.Section);
        Assert.Equal(new[] { 1, 2, 3 }, pillars.Items.Select(i => i.Number));
        Assert.Equal(SampleReport.Pillars, pillars.Items.Select(i => i.Statement));
        Assert.All(pillars.Items, item => Assert.Equal(2, report.FindPassage(item.PassageId)?.Page));
    }
}
