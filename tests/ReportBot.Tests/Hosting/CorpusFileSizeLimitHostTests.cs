using System.Net;
using System.Text;
using ReportBot.Core.Ingestion;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>
/// A corpus file over Corpus:MaxFileBytes never gets indexed: a running bot keeps serving its old index and says
/// why, and a bot starting on such a corpus does not start.
/// </summary>
public sealed class CorpusFileSizeLimitHostTests : IAsyncLifetime
{
    private const string Limit = "65536";
    private const string Quokka = "What about the quokka sanctuary?";
    private readonly TempFolder _corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = _corpus.Path,
            ["Corpus:MaxFileBytes"] = Limit,
            // Only the explicit reindex below rebuilds: the watcher waits for a quiet folder far longer than the test.
            ["Corpus:ReloadDebounce"] = "00:10:00",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _corpus.Dispose();
    }

    /// <summary>About 110 KB of Markdown that would answer <see cref="Quokka"/> if it were indexed.</summary>
    private static string BigAnnex() =>
        "# Annex\n\n" + string.Join("\n\n", Enumerable.Range(1, 1500).Select(i => $"Item {i}: the allies should jointly fund a quokka sanctuary on Jeju."));

    private Task<HttpResponseMessage> ReindexAsync() =>
        _host.Client.PostAsync("/admin/reindex", new StringContent("{}", Encoding.UTF8, "application/json"));

    [Fact]
    public async Task Reindex_refuses_a_file_over_the_limit_by_name_and_the_old_index_keeps_answering()
    {
        Assert.Equal("NotCovered", await _host.Client.Conversation().KindAsync(Quokka));
        File.WriteAllText(_corpus.Combine("annex.md"), BigAnnex());
        long size = new FileInfo(_corpus.Combine("annex.md")).Length;
        Assert.True(size > 65536, "precondition: the annex is over the limit");

        using var response = await ReindexAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Contains("annex.md", body);
        Assert.Contains($"{size:N0} bytes", body);
        Assert.Contains("Corpus:MaxFileBytes", body);
        Assert.Equal("NotCovered", await _host.Client.Conversation().KindAsync(Quokka));
        Assert.Equal("Answer", await _host.Client.Conversation().KindAsync("What does the report recommend on 5G?"));
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/readyz"));

        // Within the limit, the same content is taken.
        File.WriteAllText(_corpus.Combine("annex.md"), BigAnnex()[..20_000]);
        using var accepted = await ReindexAsync();
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Answer", await _host.Client.Conversation().KindAsync(Quokka));
    }

    [Fact]
    public async Task A_bot_starting_on_a_corpus_with_a_file_over_the_limit_does_not_start()
    {
        File.WriteAllText(_corpus.Combine("annex.md"), BigAnnex());

        var e = await Assert.ThrowsAsync<CorpusException>(() => TestBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = _corpus.Path,
            ["Corpus:MaxFileBytes"] = Limit,
        }));

        Assert.Contains("The corpus file 'annex.md' is", e.Message);
        Assert.Contains("more than Corpus:MaxFileBytes (65,536 bytes)", e.Message);
    }

    [Fact]
    public async Task The_bot_process_says_which_file_is_too_big_and_exits_with_1()
    {
        using var data = new TempFolder();
        File.WriteAllText(_corpus.Combine("annex.md"), BigAnnex());

        var run = await BotProcessRun.RunAsync(_corpus.Path, data.Path, new Dictionary<string, string> { ["Corpus__MaxFileBytes"] = Limit }, TimeSpan.FromSeconds(90));

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: The corpus file 'annex.md' is ", error);
        CliAssert.NoStackTrace(run);
    }

    [Fact]
    public async Task A_limit_out_of_range_is_a_configuration_error_naming_the_key()
    {
        var e = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            TestBotHost.StartAsync(new Dictionary<string, string?> { ["Corpus:MaxFileBytes"] = "10" }));
        // The source-generated validator's wording, as for the section's other settings (it ignores ErrorMessage).
        Assert.Contains("The field CorpusOptions.MaxFileBytes must be between 1024 and 1073741824.", e.Message);
    }
}
