using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>The running host picks up corpus changes by itself, and a broken corpus never replaces a working index.</summary>
public sealed class CorpusReloadTests : IAsyncLifetime
{
    private readonly TempFolder _corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
    private readonly CapturingLoggerProvider _logs = new();
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestBotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Corpus:Path"] = _corpus.Path,
            ["Corpus:ReloadDebounce"] = "00:00:00.200",
            // The library's "Now serving corpus" line, written after the swap, is the signal that a reload is in service.
            ["Logging:LogLevel:ReportBot.Core.Search"] = "Information",
        }, builder => builder.Logging.AddProvider(_logs));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _corpus.Dispose();
    }

    private WebConversation? _chat;

    private Task<JsonElement> AskAsync(string text) => (_chat ??= _host.Client.Conversation()).SayAsync(text);

    [Fact]
    public async Task A_changed_corpus_file_is_indexed_while_the_bot_keeps_answering()
    {
        Assert.Equal("NotCovered", (await AskAsync("What about the quokka sanctuary?")).GetProperty("kind").GetString());
        string markdown = Directory.GetFiles(_corpus.Path, "*.md").Single();
        var reloaded = _logs.NextMessageAsync(message => message.StartsWith("Now serving corpus", StringComparison.Ordinal));
        File.AppendAllText(markdown, "\n\n# Annex\n\nThe allies should jointly fund a quokka sanctuary on Jeju as a symbol of the alliance.\n");

        await reloaded.WaitAsync(TimeSpan.FromSeconds(60));

        var answer = await AskAsync("What about the quokka sanctuary?");
        Assert.Equal("Answer", answer.GetProperty("kind").GetString());
        Assert.Contains("quokka", answer.GetProperty("excerpts")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_broken_corpus_keeps_the_old_index_serving_and_says_why()
    {
        File.WriteAllText(_corpus.Combine("synonyms.txt"), "a => b => c\n");

        var response = await _host.Client.PostAsync("/admin/reindex", JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("synonyms.txt", await response.Content.ReadAsStringAsync());
        Assert.Equal("Answer", (await AskAsync("What does the report recommend on 5G?")).GetProperty("kind").GetString());
        Assert.Equal("Healthy", await _host.Client.GetStringAsync("/readyz"));
    }

    [Fact]
    public async Task Reindex_on_an_unchanged_corpus_says_what_is_serving()
    {
        var response = await _host.Client.PostAsync("/admin/reindex", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("passages, 6 pillars", await response.Content.ReadAsStringAsync());
    }
}
