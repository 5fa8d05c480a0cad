using System.Text.Json;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class PillarCommandTests : IDisposable
{
    private const string Pillar4Title = "Galvanize new areas of security cooperation";
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Pillar_4_prints_its_title_and_verbatim_statement()
    {
        var run = await _cli.RunAsync("pillar", "4");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"Pillar 4: {Pillar4Title}", run.Output);
        Assert.Contains($"“{Pillar4Title}, focusing on asymmetric capabilities", run.Output);
        Assert.Contains("— Executive Summary", run.Output);
    }

    [Fact]
    public async Task Pillar_4_with_json_has_number_4_its_statement_and_related_passages()
    {
        var run = await _cli.RunAsync("pillar", "4", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("number").GetInt32());
        Assert.Equal(Pillar4Title, root.GetProperty("title").GetString());
        Assert.StartsWith(Pillar4Title, root.GetProperty("statement").GetString());
        var related = root.GetProperty("related");
        Assert.Equal(JsonValueKind.Array, related.ValueKind);
        Assert.NotEqual(0, related.GetArrayLength());
        Assert.Equal(
            Enumerable.Range(1, related.GetArrayLength()),
            related.EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));
        Assert.All(related.EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("text").GetString())));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("abc")]
    public async Task Pillar_outside_the_report_exits_non_zero_and_names_the_valid_range(string number)
    {
        var run = await _cli.RunAsync("pillar", number);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("1 to 6", run.AllText);
        CliAssert.NoStackTrace(run);
    }

    [Theory]
    [InlineData("0", "OutOfRange")]
    [InlineData("7", "OutOfRange")]
    [InlineData("abc", "NotANumber")]
    public async Task Pillar_outside_the_report_with_json_prints_an_error_object_with_the_valid_range(string number, string error)
    {
        var run = await _cli.RunAsync("pillar", number, "--json");

        Assert.NotEqual(0, run.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        Assert.Equal(error, json.RootElement.GetProperty("error").GetString());
        Assert.Contains("1 to 6", json.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Pillars_lists_the_six_pillars_in_order()
    {
        var run = await _cli.RunAsync("pillars");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.OutputLines;
        Assert.Equal(6, lines.Length);
        for (int i = 0; i < lines.Length; i++) Assert.StartsWith($"{i + 1}. ", lines[i]);
        Assert.Equal($"4. {Pillar4Title}", lines[3]);
    }

    [Fact]
    public async Task Pillars_with_json_is_an_array_of_six_numbered_pillars()
    {
        var run = await _cli.RunAsync("pillars", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(Assert.Single(run.OutputLines));
        var pillars = json.RootElement;
        Assert.Equal(JsonValueKind.Array, pillars.ValueKind);
        Assert.Equal(6, pillars.GetArrayLength());
        Assert.Equal([1, 2, 3, 4, 5, 6], pillars.EnumerateArray().Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal(Pillar4Title, pillars[3].GetProperty("title").GetString());
        Assert.All(pillars.EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("statement").GetString())));
    }
}
