namespace ReportBot.Core.Answers;

/// <summary>The result of looking up one pillar: the pillar and its statement, or why there is none.</summary>
/// <param name="Number">The pillar's number when found.</param>
/// <param name="Title">Short title when found.</param>
/// <param name="Statement">The pillar's full statement, verbatim, when found.</param>
/// <param name="Citation">Where the statement is.</param>
/// <param name="Related">The passages most related to the pillar, best first.</param>
/// <param name="Message">What to tell the user when not found.</param>
/// <param name="Count">How many pillars the report has.</param>
public sealed record PillarDetail(
    PillarLookupStatus Status,
    int? Number,
    string? Title,
    string? Statement,
    Citation? Citation,
    IReadOnlyList<Excerpt> Related,
    string? Message,
    int Count)
{
    public bool Found => Status == PillarLookupStatus.Found;
}
