using System.Text.Json;
using ReportBot.Tests.Support;
using ReportBot.Testing;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class AskCommandTests : IDisposable
{
    private const string FiveGQuestion = "What does the report recommend on 5G?";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Ask_with_json_prints_exactly_one_json_object_and_nothing_on_stderr()
    {
        var run = await _cli.RunAsync("ask", FiveGQuestion, "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        var line = Assert.Single(run.OutputLines);
        using var json = JsonDocument.Parse(line);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task Ask_with_json_answers_the_5G_question_with_the_documented_fields()
    {
        var run = await _cli.RunAsync("ask", FiveGQuestion, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(FiveGQuestion, root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean(), run.ToString());
        double confidence = root.GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0.0, 1.0);
        Assert.True(confidence > 0, "an answered question has a positive confidence");

        var results = root.GetProperty("results");
        Assert.Equal(JsonValueKind.Array, results.ValueKind);
        Assert.NotEqual(0, results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Number, result.GetProperty("rank").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("passageId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("section").GetString()));
            Assert.Contains(result.GetProperty("page").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
            var pillars = result.GetProperty("pillars");
            Assert.Equal(JsonValueKind.Array, pillars.ValueKind);
            Assert.All(pillars.EnumerateArray(), p => Assert.InRange(p.GetInt32(), 1, 6));
            Assert.Equal(JsonValueKind.Number, result.GetProperty("score").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("snippet").GetString()));
        }
    }

    [Fact]
    public async Task Ask_with_json_puts_the_5G_deployment_passage_first()
    {
        var run = await _cli.RunAsync("ask", FiveGQuestion, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var first = json.RootElement.GetProperty("results")[0];
        Assert.Contains("5G deployment", first.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ask_with_json_numbers_results_from_one_upwards()
    {
        // A broad question, so there is more than one result to number.
        var run = await _cli.RunAsync("ask", "What does the report say about North Korea?", "--json", "--top", "5");

        using var json = JsonDocument.Parse(run.Output);
        var ranks = json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()).ToList();
        Assert.True(ranks.Count > 1, run.ToString());
        Assert.Equal(Enumerable.Range(1, ranks.Count), ranks);
    }

    [Fact]
    public async Task Ask_with_json_bolds_the_matched_words_in_a_verbatim_snippet()
    {
        var run = await _cli.RunAsync("ask", FiveGQuestion, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var first = json.RootElement.GetProperty("results")[0];
        string snippet = first.GetProperty("snippet").GetString()!;
        string text = first.GetProperty("text").GetString()!;
        Assert.Contains("**", snippet);
        Assert.Contains("**5G**", snippet);
        // Without the bold markers, every part of the snippet is quoted verbatim from the passage.
        foreach (var part in snippet.Replace("**", "").Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Assert.Contains(part, text);
    }

    [Fact]
    public async Task Ask_without_json_prints_a_numbered_quote_with_its_citation_and_confidence()
    {
        var run = await _cli.RunAsync("ask", FiveGQuestion);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("1. “", run.Output);
        Assert.Contains("5G deployment", run.Output);
        Assert.Contains("— Executive Summary", run.Output);
        Assert.Matches(@"(?m)^confidence \d\.\d\d", run.Output);
        Assert.DoesNotContain("**", run.Output);
    }

    [Fact]
    public async Task Ask_accepts_the_global_options_before_the_verb()
    {
        var run = await CliHarness.RunExactAsync("",
            ["--corpus", RepositoryPaths.Corpus, "--data", _cli.DataPath, "ask", FiveGQuestion, "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_writes_the_index_under_the_data_folder_given()
    {
        await _cli.RunAsync("ask", FiveGQuestion);

        var index = new DirectoryInfo(Path.Combine(_cli.DataPath, "index"));
        Assert.True(index.Exists, "the index folder is created under --data");
        Assert.NotEmpty(index.GetDirectories());
    }
}
