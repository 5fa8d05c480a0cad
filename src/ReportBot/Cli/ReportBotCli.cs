using System.CommandLine;

namespace ReportBot.Cli;

/// <summary>The command line: verbs that use the answer engine directly, without the chat host.</summary>
public static class ReportBotCli
{
    public static RootCommand Create(CliIO io)
    {
        var root = new RootCommand("ReportBot: answers questions about a policy report with verbatim, cited excerpts.")
        {
            io.Globals.Corpus,
            io.Globals.Data,
            AskCommand.Create(io),
            PillarCommands.CreatePillar(io),
            PillarCommands.CreatePillars(io),
            IndexCommand.Create(io),
            EvalCommand.Create(io),
        };
        return root;
    }

    public static Task<int> RunAsync(string[] args, CliIO? io = null)
    {
        io ??= CliIO.Console;
        var parse = Create(io).Parse(args);
        return parse.InvokeAsync(new InvocationConfiguration { Output = io.Output, Error = io.Error });
    }
}
