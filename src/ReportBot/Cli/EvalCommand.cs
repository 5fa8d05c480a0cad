using System.CommandLine;
using ReportBot.Core.Evaluation;

namespace ReportBot.Cli;

/// <summary><c>eval FILE</c>: answer-quality metrics on an evaluation set, and every miss.</summary>
public static class EvalCommand
{
    public static Command Create(CliIO io)
    {
        var file = new Argument<FileInfo>("file") { Description = "Evaluation set (TSV: kind, question, expected)." };
        var command = new Command("eval", "Measure answer quality: hit@1, hit@3, MRR@5, out-of-scope rejection, false abstention.") { file };
        command.SetAction(parse => CliAction.Run(parse, io, scope =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                io.Error.WriteLine($"error: no such file: {path.FullName}");
                return CliAction.Failed;
            }
            IReadOnlyList<EvalQuestion> questions;
            try
            {
                questions = EvalSet.Parse(File.ReadAllText(path.FullName));
            }
            catch (FormatException e)
            {
                io.Error.WriteLine($"error: {path.Name}: {e.Message}");
                return CliAction.Failed;
            }
            var report = new EvalRunner(scope.Answers).Run(questions);
            io.Output.Write(report.Summary());
            var misses = report.Misses.ToList();
            if (misses.Count > 0)
            {
                io.Output.WriteLine();
                io.Output.WriteLine($"misses ({misses.Count}):");
                foreach (var miss in misses) io.Output.WriteLine("  " + Describe(miss));
            }
            return CliAction.Ok;
        }));
        return command;
    }

    private static string Describe(EvalResult r)
    {
        string got = r.Abstained ? "abstained" : $"top: “{Shorten(r.TopPassage ?? "")}”";
        string kind = r.Question.InScope ? (r.HitRank is int k ? $"hit at rank {k}" : "no hit in top 5") : "out of scope, answered";
        return $"line {r.Question.Line}: {r.Question.Question} — {kind}; confidence {r.Confidence:F2}; {got}";
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "…";
}
