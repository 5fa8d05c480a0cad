using System.CommandLine;
using System.Diagnostics;

namespace ReportBot.Cli;

/// <summary><c>index</c>: rebuild the index from the corpus now, and say what was found.</summary>
public static class IndexCommand
{
    public static Command Create(CliIO io)
    {
        var command = new Command("index", "Rebuild the search index from the corpus folder.");
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var watch = Stopwatch.StartNew();
            var index = scope.Library.Reload(forceRebuild: true);
            var report = index.Report;
            io.Output.WriteLine($"Indexed {report.Passages.Count} passages from corpus {report.ContentHash} in {watch.ElapsedMilliseconds} ms");
            io.Output.WriteLine($"  title: {report.Metadata.Title}");
            foreach (var framework in report.Frameworks)
                io.Output.WriteLine($"  {framework.Items.Count} {framework.Name} ({framework.Section}){(ReferenceEquals(framework, report.Pillars) ? " — used as pillars" : "")}");
            io.Output.WriteLine($"  index: {index.Location}");
            return CliAction.Ok;
        }));
        return command;
    }
}
