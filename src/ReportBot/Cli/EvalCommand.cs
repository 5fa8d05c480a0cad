using System.CommandLine;
using System.Globalization;
using ReportBot.Core.Evaluation;

namespace ReportBot.Cli;

/// <summary>
/// <c>eval FILE...</c>: answer-quality metrics on evaluation sets, side by side, and every miss;
/// <c>--fit</c> fits the answer-or-abstain model on the given sets and prints its constants.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliIO io)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Evaluation sets (TSV: kind, question, expected).", Arity = ArgumentArity.OneOrMore };
        var fit = new Option<bool>("--fit") { Description = "Fit the answer-or-abstain model on these sets and print the values for AbstentionModel." };
        var command = new Command("eval", "Measure answer quality: hit@1, hit@3, MRR@5, out-of-scope rejection, false abstention.") { files, fit };
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var sets = new List<(string Name, IReadOnlyList<EvalQuestion> Questions)>();
            foreach (var path in parse.GetValue(files)!)
            {
                if (!path.Exists)
                {
                    io.Error.WriteLine($"error: no such file: {path.FullName}");
                    return CliAction.Failed;
                }
                try
                {
                    sets.Add((Path.GetFileNameWithoutExtension(path.Name), EvalSet.Parse(File.ReadAllText(path.FullName))));
                }
                catch (FormatException e)
                {
                    io.Error.WriteLine($"error: {path.Name}: {e.Message}");
                    return CliAction.Failed;
                }
            }
            var runner = new EvalRunner(scope.Answers);
            var reports = sets.Select(s => (s.Name, Report: runner.Run(s.Questions))).ToList();
            if (reports.Count == 1) io.Output.Write(reports[0].Report.Summary());
            else WriteTable(io.Output, reports);
            foreach (var (name, report) in reports)
            {
                var misses = report.Misses.ToList();
                if (misses.Count == 0) continue;
                io.Output.WriteLine();
                io.Output.WriteLine(reports.Count == 1 ? $"misses ({misses.Count}):" : $"misses in {name} ({misses.Count}):");
                foreach (var miss in misses) io.Output.WriteLine("  " + Describe(miss));
            }
            if (parse.GetValue(fit))
            {
                var samples = reports.SelectMany(r => r.Report.Results)
                    .Where(r => r.Signals is not null)
                    .Select(r => (r.Signals!.Vector(), r.Question.InScope)).ToList();
                if (samples.Count == 0)
                {
                    io.Error.WriteLine("error: no question was searched; nothing to fit");
                    return CliAction.Failed;
                }
                io.Output.WriteLine();
                io.Output.WriteLine($"fitted on {samples.Count} questions (signals: {string.Join(", ", Core.Answers.AnswerSignals.Names)}):");
                io.Output.Write(AbstentionFitter.Fit(samples, Core.Answers.AnswerSignals.Signs).ToCSharp());
            }
            return CliAction.Ok;
        }));
        return command;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<(string Name, EvalReport Report)> reports)
    {
        var c = CultureInfo.InvariantCulture;
        int width = Math.Max(10, reports.Max(r => r.Name.Length) + 2);
        output.WriteLine("".PadRight(20) + string.Concat(reports.Select(r => r.Name.PadLeft(width))));
        var rows = reports[0].Report.Figures().Select(f => f.Name).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            output.Write(rows[i].PadRight(20));
            foreach (var (_, report) in reports)
            {
                double value = report.Figures()[i].Value;
                string cell = i < 2 || rows[i].StartsWith("median", StringComparison.Ordinal) ? value.ToString("F0", c) : value.ToString("F3", c);
                output.Write(cell.PadLeft(width));
            }
            output.WriteLine();
        }
    }

    private static string Describe(EvalResult r)
    {
        string got = r.Abstained ? "abstained" : $"top: “{Shorten(r.TopPassage ?? "")}”";
        string kind = r.Question.InScope ? (r.HitRank is int k ? $"hit at rank {k}" : "no hit in top 5") : "out of scope, answered";
        return $"line {r.Question.Line}: {r.Question.Question} — {kind}; confidence {r.Confidence:F2}; {got}";
    }

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 90 ? text : text[..87] + "…";
    }
}
