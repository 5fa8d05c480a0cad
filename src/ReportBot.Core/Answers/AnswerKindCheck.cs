using System.Text.RegularExpressions;

namespace ReportBot.Core.Answers;

/// <summary>
/// Whether the passage could hold the kind of answer the question asks for — a check question-answering systems have
/// long made on the expected answer type. A passage can be about a question's subject without answering it: "how many
/// US troops are in Korea" is about the alliance, but a passage with no figure in it cannot say how many; a question
/// about 2022 cannot be answered by a report from 2020 unless a passage names that year (a plan "by 2023" can).
/// </summary>
internal static partial class AnswerKindCheck
{
    /// <summary>1 when the question asks for a figure the passage lacks, or for a year after the report the passage never names; else 0.</summary>
    public static double Missing(string question, string passage, DateOnly? published)
    {
        if (AsksForQuantity().IsMatch(question) && !Cardinal().IsMatch(passage)) return 1;
        if (published is { } date)
            foreach (Match year in Year().Matches(question))
                if (int.Parse(year.ValueSpan) > date.Year && !passage.Contains(year.Value, StringComparison.Ordinal)) return 1;
        return 0;
    }

    // "How big" and "how large" are left out: they are asked of threats and ambitions as often as of numbers.
    [GeneratedRegex(@"\bhow\s+(many|much|tall|old|far|high|long)\b|\b(amount|number|percentage|population|budget|price|revenue|gdp|score|figure)\s+(of|in|is|was|does|did)\b|\bin\s+(dollars|won|yen|euros)\b|\bstock\s+price\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksForQuantity();

    /// <summary>A count or amount: digits that are not a year or an ordinal, or a number word.</summary>
    [GeneratedRegex(@"(?<![\d.,])(?!(19|20)\d\d\b)\d[\d,.]*(?!\d|st\b|nd\b|rd\b|th\b)|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|decade|decades|percent)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cardinal();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
