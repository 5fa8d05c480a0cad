using System.Text.RegularExpressions;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class IndexCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Index_prints_the_passage_count()
    {
        var run = await _cli.RunAsync("index");

        Assert.True(run.ExitCode == 0, run.ToString());
        var count = Regex.Match(run.Output, @"^Indexed (\d+) passages", RegexOptions.Multiline);
        Assert.True(count.Success, run.ToString());
        Assert.True(int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Index_prints_both_detected_frameworks()
    {
        var run = await _cli.RunAsync("index");

        Assert.Matches(@"(?m)^\s+6 policy pillars\b.*used as pillars", run.Output);
        Assert.Matches(@"(?m)^\s+3 [\w ]*lines of effort\b", run.Output);
    }

    [Fact]
    public async Task Index_builds_into_the_data_folder_and_says_where()
    {
        var run = await _cli.RunAsync("index");

        var location = Regex.Match(run.Output, @"(?m)^\s+index: (.+?)\s*$");
        Assert.True(location.Success, run.ToString());
        string folder = Path.GetFullPath(location.Groups[1].Value);
        Assert.StartsWith(Path.GetFullPath(_cli.DataPath), folder);
        Assert.True(Directory.Exists(folder), folder);
    }

    [Fact]
    public async Task Index_rebuilds_even_when_the_corpus_is_unchanged()
    {
        var first = await _cli.RunAsync("index");
        string folder = Regex.Match(first.Output, @"(?m)^\s+index: (.+?)\s*$").Groups[1].Value;
        // The store stamps each finished build with a "complete" marker holding the build time.
        string firstStamp = File.ReadAllText(Path.Combine(folder, "complete"));

        var second = await _cli.RunAsync("index");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.NotEqual(firstStamp, File.ReadAllText(Path.Combine(folder, "complete")));
    }
}
