using System.CommandLine;

namespace ReportBot.Cli;

/// <summary>The command line: the chat host (no verb, or <c>serve</c>) and verbs that use the answer engine directly.</summary>
public static class ReportBotCli
{
    public static RootCommand Create(CliIO io)
    {
        var urls = ServeCommand.CreateUrlsOption();
        var root = new RootCommand("ReportBot: answers questions about a policy report with verbatim, cited excerpts. Without a verb it runs the bot (serve).")
        {
            io.Globals.Corpus,
            io.Globals.Data,
            urls,
            ServeCommand.Create(io, urls),
            AskCommand.Create(io),
            PillarCommands.CreatePillar(io),
            PillarCommands.CreatePillars(io),
            IndexCommand.Create(io),
            EvalCommand.Create(io),
            DiscordCommand.Create(io),
            RecommendationCommands.CreateRecommendations(io),
            RecommendationCommands.CreateDigest(io),
            StatsCommand.Create(io),
        };
        root.SetAction((parse, cancellation) => ServeCommand.RunAsync(parse, io, urls, cancellation));
        return root;
    }

    public static Task<int> RunAsync(string[] args, CliIO? io = null, CancellationToken cancellationToken = default)
    {
        io ??= CliIO.Console;
        var parse = Create(io).Parse(args);
        return parse.InvokeAsync(new InvocationConfiguration { Output = io.Output, Error = io.Error }, cancellationToken);
    }
}
