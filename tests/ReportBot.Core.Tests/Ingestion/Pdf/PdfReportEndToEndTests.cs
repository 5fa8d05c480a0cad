using ReportBot.Core.Analysis;
using ReportBot.Core.Documents;
using ReportBot.Core.Ingestion;
using ReportBot.Testing;

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

    [Fact]
    public void Adding_the_pdf_to_the_repository_corpus_replaces_the_landing_page_but_keeps_its_metadata()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Corpus)) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        File.WriteAllBytes(Path.Combine(_folder, "full-report.pdf"), SampleReport.Build(withDocumentInformation: false));
        var builder = new ReportBuilder();
        var corpus = builder.ReadCorpus(_folder);

        var report = builder.Build(corpus, SynonymRules.Parse(corpus.SynonymsText));

        Assert.All(report.Passages, p => Assert.NotNull(p.Page));
        Assert.DoesNotContain(report.Passages, p => p.Text.Contains("Korean Baseball Organization", StringComparison.Ordinal));
        Assert.Equal(3, report.Pillars!.Items.Count);
        Assert.NotEmpty(report.Metadata.Examples);
        Assert.Contains("Kristine Lee", report.Metadata.Authors);
    }
}
