using System.Globalization;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Answers;

/// <summary>
/// Answers questions about the report as a publication from its metadata (front matter or the PDF's own), quoting
/// the passages that say the same where there are any ("This report by Kristine Lee, Joshua Fitt, and Coby Goldberg…").
/// </summary>
internal static class ReportFactAnswers
{
    private const int MaxPassages = 3;

    /// <summary>The fact as a sentence and the passages that state it; null when the metadata does not hold it.</summary>
    public static (string Fact, IReadOnlyList<Passage> Passages)? Answer(Report report, ReportFact fact)
    {
        var m = report.Metadata;
        string title = m.Title.Length > 0 ? $"“{m.Title}”" : "The report";
        string? date = m.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        switch (fact)
        {
            case ReportFact.Authors when m.Authors.Count > 0:
                string foreword = m.ForewordAuthor is { } f ? $", with a foreword by {f}" : "";
                return ($"{title} was written by {Names(m.Authors)}{foreword}.", Naming(report, m.Authors, atLeast: Math.Min(2, m.Authors.Count)));
            case ReportFact.ForewordAuthor when m.ForewordAuthor is { } author:
                return ($"The foreword of {title} is by {author}.", Naming(report, [Surname(author)], atLeast: 1));
            case ReportFact.Date when date is not null:
                string by = m.Publisher is { } p ? $" by {p}" : "";
                return ($"{title} was published{by} on {date}.", []);
            case ReportFact.Publisher when m.Publisher is { } publisher:
                string on = date is not null ? $" on {date}" : "";
                return ($"{title} was published by {publisher}{on}.", Naming(report, [WithoutAbbreviation(publisher)], atLeast: 1).Take(1).ToList());
            case ReportFact.Title when m.Title.Length > 0:
                string authors = m.Authors.Count > 0 ? $", by {Names(m.Authors)}" : "";
                return ($"The report is {title}{authors}.", []);
            case ReportFact.Length:
                return (Length(report, title), []);
            default:
                return null;
        }
    }

    private static string Length(Report report, string title)
    {
        int pages = report.Passages.Select(p => p.EndPage ?? p.Page ?? 0).DefaultIfEmpty(0).Max();
        int words = report.Passages.Sum(p => p.WordCount);
        return pages > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{title} runs to {pages} pages (about {words:N0} words of text).")
            : string.Create(CultureInfo.InvariantCulture, $"The text of {title} I have runs to about {words:N0} words in {report.Passages.Count} passages.");
    }

    /// <summary>Passages naming at least <paramref name="atLeast"/> of <paramref name="names"/>, those naming most first.</summary>
    private static List<Passage> Naming(Report report, IReadOnlyList<string> names, int atLeast) =>
        report.Passages
            .Select(p => (Passage: p, Count: names.Count(n => p.Text.Contains(n, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Count >= atLeast)
            .OrderByDescending(x => x.Count).ThenBy(x => x.Passage.Ordinal)
            .Take(MaxPassages).Select(x => x.Passage).ToList();

    private static string Surname(string name)
    {
        var words = name.Replace("(Ret.)", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? words[^1] : name;
    }

    private static string WithoutAbbreviation(string name)
    {
        int bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }

    private static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
    };
}
