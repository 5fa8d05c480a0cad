using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Core.Answers;
using ReportBot.Core.Documents;

namespace ReportBot.Cli;

/// <summary>The CLI's JSON contract. Field names are part of the contract: change them only with a version bump.</summary>
public static class AnswerJson
{
    public sealed record AnswerDto(
        string Question, bool Answered, string Status, double Confidence, string? Message,
        IReadOnlyList<ResultDto> Results, IReadOnlyList<int> SuggestedPillars)
    {
        /// <summary>For a question about the report itself: the fact, from its metadata.</summary>
        public string? Fact { get; init; }

        /// <summary>Why this answer: matched words, the signals and the decision.</summary>
        public EvidenceDto? Evidence { get; init; }
    }

    public sealed record EvidenceDto(
        IReadOnlyList<string> Matched, IReadOnlyList<string> Missing, IReadOnlyDictionary<string, double?> Signals,
        double Probability, double Threshold, string Decision);

    public sealed record ResultDto(
        int Rank, string PassageId, string Section, int? Page, IReadOnlyList<int> Pillars, double Score, string Text, string Snippet);

    public sealed record PillarDto(int Number, string Title, string Statement, string? Section, int? Page, IReadOnlyList<ResultDto> Related);

    public sealed record PillarSummaryDto(int Number, string Title, string Statement);

    public sealed record ErrorDto(string Error, string Message);

    public static AnswerDto From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Status.ToString(),
        answer.Confidence,
        answer.Message,
        answer.Excerpts.Select(From).ToList(),
        answer.Suggestions.Select(s => s.Number).ToList())
    {
        Fact = answer.Fact,
        Evidence = answer.Evidence is { } e ? From(e) : null,
    };

    public static EvidenceDto From(AnswerEvidence e) => new(e.Matched, e.Missing, Signals(e.Signals), e.Probability, e.Threshold, e.Decision);

    /// <summary>Every signal by name; those the engine could not measure (no meaning model) are null.</summary>
    public static IReadOnlyDictionary<string, double?> Signals(AnswerSignals s) => new Dictionary<string, double?>
    {
        ["coverage"] = Math.Round(s.Coverage, 3),
        ["similarity"] = Round(s.Similarity),
        ["margin"] = Math.Round(s.Margin, 3),
        ["unknownShare"] = Math.Round(s.UnknownShare, 3),
        ["unknownMax"] = Math.Round(s.UnknownMax, 3),
        ["similarityAboveMedian"] = Round(s.SimilarityAboveMedian),
        ["similarityOfBestWordMatch"] = Round(s.LexicalBestSimilarity),
        ["unknownNames"] = Math.Round(s.UnknownNameShare, 3),
        ["answerKindMissing"] = s.AnswerKindMissing,
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;

    public static ResultDto From(Excerpt e) =>
        new(e.Rank, e.PassageId, e.Citation.Section, e.Citation.Page, e.Pillars.Select(p => p.Number).ToList(), e.Score, e.Text, e.Snippet);

    public static PillarDto From(PillarDetail p) =>
        new(p.Number!.Value, p.Title!, p.Statement!, p.Citation?.Section, p.Citation?.Page, p.Related.Select(From).ToList());

    public static PillarSummaryDto From(FrameworkItem item) => new(item.Number, item.Title, item.Statement);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
