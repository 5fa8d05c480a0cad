using ReportBot.Core.Search;

namespace ReportBot.Core.Digest;

/// <summary>The recommendation catalogue of the report in service, built once per corpus version.</summary>
public sealed class DigestCatalog(IReportIndexProvider indexes)
{
    private (string Hash, IReadOnlyList<Recommendation> Items, Dictionary<string, Recommendation> ById)? _cached;

    public IReadOnlyList<Recommendation> Items => Current().Items;

    public Recommendation? Find(string id) => Current().ById.GetValueOrDefault(id);

    private (string Hash, IReadOnlyList<Recommendation> Items, Dictionary<string, Recommendation> ById) Current()
    {
        var report = indexes.Current.Report;
        var cached = _cached;
        if (cached is { } c && c.Hash == report.ContentHash) return c;
        var items = RecommendationCatalog.Build(report);
        var built = (report.ContentHash, items, items.ToDictionary(i => i.Id, StringComparer.Ordinal));
        _cached = built;
        return built;
    }
}
