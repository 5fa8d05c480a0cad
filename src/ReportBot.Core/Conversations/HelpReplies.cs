using System.Globalization;
using System.Text;
using ReportBot.Core.Commands;
using ReportBot.Core.Documents;

namespace ReportBot.Core.Conversations;

/// <summary>Help, welcome and about texts, written from the report's own metadata and the declared commands.</summary>
public static class HelpReplies
{
    public static Reply Help(ReportMetadata report, int pillarCount, IEnumerable<CommandDeclaration> commands) =>
        new(ReplyKind.Help, "How to use ReportBot", Introduction(report, pillarCount), [], [])
        {
            Items = commands.Select(Line).ToList(),
        };

    public static Reply Welcome(ReportMetadata report, int pillarCount, IEnumerable<CommandDeclaration> commands) =>
        Help(report, pillarCount, commands) with { Kind = ReplyKind.Welcome, Title = "Hi! I'm ReportBot" };

    /// <summary>The help lines of a command group's sub-commands ("digest status: What is scheduled here.").</summary>
    public static IReadOnlyList<string> Lines(CommandDeclaration group) =>
        group.Subcommands.Select(s => $"{s.Usage(group.Name)}: {s.Description}").ToList();

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

    /// <summary>"pillar &lt;number&gt;: Show one …"; a group lists its actions; the plain-text command says that no command word is needed.</summary>
    private static string Line(CommandDeclaration command)
    {
        if (command.TakesPlainText) return $"Any question in your own words (or {command.Usage()}): {command.Description}";
        if (command.Subcommands.Count > 0)
            return $"{command.Name} {string.Join('|', command.Subcommands.Select(s => s.Name))}: {command.Description} (“{command.Name}” alone explains)";
        return $"{command.Usage()}: {command.Description}";
    }

    private static string Introduction(ReportMetadata report, int pillarCount)
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
        if (pillarCount > 0)
            sb.Append(CultureInfo.InvariantCulture, $" The report has {pillarCount} policy pillars.");
        if (report.Examples.Count > 0)
            sb.Append("\n\nFor example: ").Append(string.Join("  ·  ", report.Examples.Select(e => $"“{e}”")));
        return sb.ToString();
    }

    private static string JoinNames(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
