using System.CommandLine;
using ReportBot.Core.Answers;

namespace ReportBot.Cli;

/// <summary><c>ask "question" [--top N] [--json] [--explain]</c>; without a question, one question per line from standard input.</summary>
public static class AskCommand
{
    public static Command Create(CliIO io)
    {
        var question = new Argument<string?>("question")
        {
            Description = "The question. Omit it to read questions from standard input, one per line.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var top = new Option<int?>("--top") { Description = "How many excerpts to show (1–10; default Answers:Top)." };
        // Range-check only values that parse; System.CommandLine itself reports ones that are not integers.
        top.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, out int n) && (n < 1 || n > 10))
                r.AddError("--top must be between 1 and 10.");
        });
        var json = new Option<bool>("--json") { Description = "Print JSON (one object per input line when reading standard input)." };

        var explain = new Option<bool>("--explain") { Description = "Also print why: matched words, the signals and the answer-or-abstain decision." };
        var command = new Command("ask", "Ask the report a question and get ranked verbatim excerpts.") { question, top, json, explain };
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var engine = scope.Answers;
            var asJson = parse.GetValue(json);
            var count = parse.GetValue(top);
            var why = parse.GetValue(explain);
            if (parse.GetValue(question) is { } single)
            {
                Write(io.Output, engine.Ask(single, count), asJson, why);
                return CliAction.Ok;
            }
            // One answer per input line, blank lines included (they get the engine's "nothing to ask" answer), so that
            // the n-th output belongs to the n-th input.
            for (string? line = io.Input.ReadLine(); line is not null; line = io.Input.ReadLine())
            {
                Write(io.Output, engine.Ask(line, count), asJson, why);
                if (!asJson) io.Output.WriteLine();
            }
            return CliAction.Ok;
        }));
        return command;
    }

    private static void Write(TextWriter output, Answer answer, bool json, bool explain)
    {
        if (json)
        {
            // --json always carries the evidence; --explain only changes the text output.
            output.WriteLine(AnswerJson.Serialize(AnswerJson.From(answer)));
            return;
        }
        TextOutput.Write(output, answer);
        if (explain) TextOutput.WriteEvidence(output, answer);
    }
}
