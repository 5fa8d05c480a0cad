using System.Globalization;
using System.Text;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Conversations;

/// <summary>Help, welcome and about texts, written from the report's own metadata.</summary>
public static class HelpReplies
{
    public static Reply Help(ReportMetadata report, int pillarCount) =>
        new(ReplyKind.Help, "How to use ReportBot", Introduction(report), [], [])
        {
            Items = Commands(pillarCount),
        };

    public static Reply Welcome(ReportMetadata report, int pillarCount) =>
        Help(report, pillarCount) with { Kind = ReplyKind.Welcome, Title = "Hi! I'm ReportBot" };

    public static Reply About(ReportMetadata report)
    {
        var items = new List<string> { $"Title: {report.Title}" };
        if (report.Authors.Count > 0) items.Add($"Authors: {JoinNames(report.Authors)}");
        if (report.ForewordAuthor is { } foreword) items.Add($"Foreword: {foreword}");
        if (report.Publisher is { } publisher) items.Add($"Publisher: {publisher}");
        if (report.Date is { } date) items.Add($"Published: {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        if (report.Source is { } source) items.Add($"Source: {source}");
        return new Reply(ReplyKind.About, "About the report", "Every answer quotes this report word for word.", [], []) { Items = items };
    }

    private static string Introduction(ReportMetadata report)
    {
        var sb = new StringBuilder();
        sb.Append("Ask me anything about “").Append(report.Title).Append('”');
        if (report.Publisher is not null || report.Date is not null)
        {
            sb.Append(" (");
            sb.Append(string.Join(", ", new[] { report.Publisher, report.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) }.OfType<string>()));
            sb.Append(')');
        }
        sb.Append(". I answer with short quotes from the report, each with where it comes from and the pillar it belongs to, ")
          .Append("and I say so when the report doesn't cover a question.");
        if (report.Examples.Count > 0)
            sb.Append("\n\nFor example: ").Append(string.Join("  ·  ", report.Examples.Select(e => $"“{e}”")));
        return sb.ToString();
    }

    private static List<string> Commands(int pillarCount)
    {
        var commands = new List<string> { "Ask a question in your own words" };
        if (pillarCount > 0)
        {
            commands.Add(string.Create(CultureInfo.InvariantCulture, $"pillars: list the report's {pillarCount} pillars"));
            commands.Add(string.Create(CultureInfo.InvariantCulture, $"pillar N: one pillar (1 to {pillarCount}) and the passages related to it"));
        }
        commands.Add("digest subscribe [HH:MM] [time zone]: one recommendation here every day (digest status, preview, unsubscribe)");
        commands.Add("about: title, authors, date and publisher");
        commands.Add("help: this message");
        return commands;
    }

    private static string JoinNames(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
