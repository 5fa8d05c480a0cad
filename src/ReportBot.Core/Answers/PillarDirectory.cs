using System.Globalization;
using ReportBot.Core.Documents;
using ReportBot.Core.Search;

namespace ReportBot.Core.Answers;

/// <summary>Looks up the report's pillars by number and finds the passages most related to each.</summary>
public sealed class PillarDirectory(IReportIndexProvider indexes)
{
    private const int RelatedCount = 3;

    public IReadOnlyList<FrameworkItem> All => indexes.Current.Report.Pillars?.Items ?? [];

    public ReportMetadata Metadata => indexes.Current.Report.Metadata;

    /// <summary>Looks up pillar <paramref name="number"/> as typed by a user ("4", " 4 ", "four", "#4").</summary>
    public PillarDetail Find(string? number)
    {
        var index = indexes.Current;
        var pillars = index.Report.Pillars;
        if (pillars is null || pillars.Items.Count == 0)
            return new PillarDetail(PillarLookupStatus.NoPillars, null, null, null, null, [], "This report doesn't list numbered pillars.", 0);

        int count = pillars.Items.Count;
        string range = $"The report has {count} {Plural(pillars.ItemNoun, count)}: choose a number from 1 to {count}.";
        string typed = QuestionText.Clean(number).TrimStart('#');
        if (!TryParse(typed, out int n))
        {
            string shown = typed.Length == 0 ? "That" : $"“{(typed.Length > 20 ? typed[..20] + "…" : typed)}”";
            return new PillarDetail(PillarLookupStatus.NotANumber, null, null, null, null, [], $"{shown} isn't a pillar number. {range}", count);
        }
        if (pillars.Find(n) is not { } item)
        {
            string shown = n is int.MaxValue or int.MinValue ? typed : n.ToString(CultureInfo.InvariantCulture);
            return new PillarDetail(PillarLookupStatus.OutOfRange, null, null, null, null, [], $"There is no {pillars.ItemNoun} {shown}. {range}", count);
        }

        var statement = index.Report.FindPassage(item.PassageId);
        var citation = statement is null ? null : new Citation(statement.Section, statement.Page, statement.EndPage);
        return new PillarDetail(PillarLookupStatus.Found, item.Number, item.Title, item.Statement, citation, Related(index, item), null, count);
    }

    /// <summary>Passages tagged with the pillar first, then those its statement finds, best first.</summary>
    private static IReadOnlyList<Excerpt> Related(ReportIndex index, FrameworkItem item)
    {
        var outcome = new PassageSearcher(index).Search(item.Statement);
        return outcome.Ranked
            .Where(r => r.Passage.Passage.Id != item.PassageId && r.Coverage >= 0.15)
            .OrderBy(r => r.Passage.Passage.Pillars.Contains(item.Number) ? 0 : 1)
            .ThenByDescending(r => r.Score)
            .Take(RelatedCount)
            .Select((r, i) => AnswerEngine.ToExcerpt(index, r, i + 1, outcome.Concepts))
            .ToList();
    }

    /// <summary>How a pillar number is read: digits (any count; too many is far out of range) or a number word. The chat parser uses it too.</summary>
    internal static bool TryParse(string text, out int number)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            return true;
        // Too many digits for an int is still a number, just far out of range.
        if (text.Length > 0 && text.TrimStart('-').All(char.IsAsciiDigit) && text.TrimStart('-').Length > 0)
        {
            number = text.StartsWith('-') ? int.MinValue : int.MaxValue;
            return true;
        }
        number = NumberWords.ParseCardinal(text) ?? -1;
        return number >= 0;
    }

    private static string Plural(string noun, int count)
    {
        if (count == 1) return noun;
        int of = noun.IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 ? noun[..of] + "s" + noun[of..] : noun + "s";
    }
}
