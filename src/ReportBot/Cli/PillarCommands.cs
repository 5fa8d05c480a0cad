using System.CommandLine;

namespace ReportBot.Cli;

/// <summary><c>pillar N [--json]</c> and <c>pillars [--json]</c>.</summary>
public static class PillarCommands
{
    public static Command CreatePillar(CliIO io)
    {
        // A string, not an int: "abc", "0" and "99" are answered by the engine with the valid range.
        var number = new Argument<string>("number") { Description = "The pillar's number." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("pillar", "Show one pillar: its statement and the passages most related to it.") { number, json };
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var pillar = scope.Pillars.Find(parse.GetValue(number));
            if (!parse.GetValue(json)) TextOutput.Write(pillar.Found ? io.Output : io.Error, pillar);
            else if (pillar.Found) io.Output.WriteLine(AnswerJson.Serialize(AnswerJson.From(pillar)));
            else io.Output.WriteLine(AnswerJson.Serialize(new AnswerJson.ErrorDto(pillar.Status.ToString(), pillar.Message!)));
            return pillar.Found ? CliAction.Ok : CliAction.Failed;
        }));
        return command;
    }

    public static Command CreatePillars(CliIO io)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("pillars", "List the report's pillars.") { json };
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var pillars = scope.Pillars.All;
            if (parse.GetValue(json)) io.Output.WriteLine(AnswerJson.Serialize(pillars.Select(AnswerJson.From).ToList()));
            else TextOutput.Write(io.Output, pillars);
            return CliAction.Ok;
        }));
        return command;
    }
}
