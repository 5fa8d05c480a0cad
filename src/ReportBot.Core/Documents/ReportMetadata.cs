namespace ReportBot.Core.Documents;

/// <summary>Bibliographic facts about the report, taken from the corpus front matter or the PDF's own metadata.</summary>
public sealed record ReportMetadata
{
    public string Title { get; init; } = "";
    public string? Publisher { get; init; }
    public DateOnly? Date { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? ForewordAuthor { get; init; }
    public string? Source { get; init; }

    /// <summary>Example questions to offer in help text (from the corpus front matter).</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>
    /// True for a stand-in (such as a transcription of the publisher's landing page) that is dropped once a PDF
    /// of the full report sits in the corpus.
    /// </summary>
    public bool Fallback { get; init; }

    /// <summary>Fills whatever this record leaves empty from <paramref name="other"/>; used when several corpus files describe one report.</summary>
    public ReportMetadata MergedWith(ReportMetadata other) => new()
    {
        Title = Title.Length > 0 ? Title : other.Title,
        Publisher = Publisher ?? other.Publisher,
        Date = Date ?? other.Date,
        Authors = Authors.Count > 0 ? Authors : other.Authors,
        ForewordAuthor = ForewordAuthor ?? other.ForewordAuthor,
        Source = Source ?? other.Source,
        Examples = Examples.Count > 0 ? Examples : other.Examples,
    };
}
