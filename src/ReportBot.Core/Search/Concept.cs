namespace ReportBot.Core.Search;

/// <summary>
/// One position of the analysed question: a word and its synonyms, any of which may match. The unit both
/// ranking (one clause each) and confidence (share of concepts found) are counted in.
/// </summary>
/// <param name="Terms">Alternative index terms for this position.</param>
/// <param name="Position">Token position in the question, for proximity.</param>
/// <param name="Weight">IDF of the concept over passages.</param>
/// <param name="Credit">How much a match counts towards confidence: 1, or less for a typo correction.</param>
internal sealed record Concept(string[] Terms, int Position, double Weight, double Credit = 1.0)
{
    /// <summary>No passage contains any of the terms (even after typo correction).</summary>
    public bool Unknown { get; init; }

    /// <summary>The question's word as typed (for typo correction).</summary>
    public string Surface { get; init; } = "";

    /// <summary>An everyday English word ("fit", "happen", "big"): it phrases the question rather than naming its topic.</summary>
    public bool Common { get; init; }

    public bool MatchedBy(HashSet<string> passageTerms)
    {
        foreach (var term in Terms)
            if (passageTerms.Contains(term)) return true;
        return false;
    }
}
