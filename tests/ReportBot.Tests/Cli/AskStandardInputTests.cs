using System.Text.Json;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class AskStandardInputTests : IDisposable
{
    private const string Input =
        "What does the report say about 5G?\n" +
        "\n" +
        "How tall is Mount Everest?\n" +
        "   \n" +
        "What is pillar 3 about?\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Ask_without_a_question_reads_standard_input_and_prints_one_json_line_per_input_line_in_order()
    {
        var run = await _cli.RunWithInputAsync(Input, "ask", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var answers = run.OutputLines.Select(line => JsonDocument.Parse(line)).ToList();
        try
        {
            Assert.Equal(
                ["What does the report say about 5G?", "", "How tall is Mount Everest?", "   ", "What is pillar 3 about?"],
                answers.Select(a => a.RootElement.GetProperty("question").GetString()));
        }
        finally
        {
            answers.ForEach(a => a.Dispose());
        }
    }

    [Fact]
    public async Task A_blank_input_line_gets_a_nothing_to_ask_answer_so_outputs_line_up_with_inputs()
    {
        var run = await _cli.RunWithInputAsync(Input, "ask", "--json");

        // Five input lines, two of them blank or whitespace-only: five answers, the blank ones saying there is nothing to ask.
        Assert.Equal(5, run.OutputLines.Length);
        foreach (int blank in new[] { 1, 3 })
        {
            using var json = JsonDocument.Parse(run.OutputLines[blank]);
            Assert.Equal("Empty", json.RootElement.GetProperty("status").GetString());
            Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
            Assert.StartsWith("Ask me something about the report", json.RootElement.GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Ask_from_standard_input_answers_in_scope_questions_and_abstains_on_out_of_scope_ones()
    {
        var run = await _cli.RunWithInputAsync(Input, "ask", "--json");

        var answered = run.OutputLines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("answered").GetBoolean();
        });
        Assert.Equal([true, false, false, false, true], answered);

        using var everest = JsonDocument.Parse(run.OutputLines[2]);
        Assert.Equal(0, everest.RootElement.GetProperty("results").GetArrayLength());
        Assert.False(string.IsNullOrWhiteSpace(everest.RootElement.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Ask_from_standard_input_without_json_prints_every_answer_as_text()
    {
        var run = await _cli.RunWithInputAsync(Input, "ask");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("5G deployment", run.Output);
        Assert.Contains("doesn't seem to cover “How tall is Mount Everest?”", run.Output);
        Assert.Contains("Coordinate on values-based diplomacy", run.Output);
        Assert.True(
            run.Output.IndexOf("5G deployment", StringComparison.Ordinal) < run.Output.IndexOf("Mount Everest", StringComparison.Ordinal)
            && run.Output.IndexOf("Mount Everest", StringComparison.Ordinal) < run.Output.IndexOf("values-based diplomacy", StringComparison.Ordinal),
            "answers come in input order");
    }

    [Fact]
    public async Task Ask_with_empty_standard_input_prints_nothing_and_succeeds()
    {
        var run = await _cli.RunWithInputAsync("", "ask", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Output);
    }
}
