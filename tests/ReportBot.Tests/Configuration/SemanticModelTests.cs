using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Configuration;
using ReportBot.Core.Options;
using ReportBot.Hosting;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Configuration;

public sealed class SemanticModelTests
{
    [Fact]
    public void The_shipped_model_loads_from_the_package_and_unpacks_once()
    {
        using var data = new TempFolder();
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var model = SemanticModel.Load(new AnswerOptions(), data.Path, factory.CreateLogger<SemanticModel>());
        Assert.NotNull(model.Embedder);
        Assert.Equal(384, model.Embedder.Embed("North Korea").Length);
        Assert.Single(Directory.GetFiles(Path.Combine(data.Path, "models"), "*.onnx"));
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public void A_model_that_cannot_load_is_reported_once_and_the_bot_answers_by_words()
    {
        using var data = new TempFolder();
        // Where the model would be unpacked there is a file, not a folder: the unpacking fails.
        File.WriteAllText(Path.Combine(data.Path, "models"), "not a folder");
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        using var model = SemanticModel.Load(new AnswerOptions(), data.Path, factory.CreateLogger<SemanticModel>(), temporaryFallback: false);
        Assert.Null(model.Embedder);
        Assert.StartsWith("unavailable", model.Status);
        var warning = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("answering by words alone", warning.Message);
    }

    [Fact]
    public void Where_the_cache_folder_cannot_be_written_the_model_loads_from_a_one_off_copy_that_is_never_reused()
    {
        using var data = new TempFolder();
        using var temporary = new TempFolder();
        File.WriteAllText(Path.Combine(data.Path, "models"), "not a folder");
        using var model = new ReportBot.Semantic.MiniLmEmbedder(Path.Combine(data.Path, "models"), temporary.Path);
        Assert.Equal(384, model.Embed("North Korea").Length);
        // The copy is gone once loaded: nothing is left in a shared temp folder for a later start to trust.
        Assert.Empty(Directory.GetFiles(temporary.Path));
    }

    [Fact]
    public async Task With_semantic_off_the_host_answers_by_words_and_says_so_at_start_up()
    {
        await using var host = await TestBotHost.StartAsync(new Dictionary<string, string?> { ["Answers:Semantic"] = "false" });
        string banner = host.App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<StartupBanner>().Single().Describe();
        Assert.Contains("Meaning model:    off (Answers:Semantic=false)", banner);
        var answer = host.App.Services.GetRequiredService<Core.Answers.AnswerEngine>().Ask("What is the Korea-US free trade agreement?");
        Assert.True(answer.Answered);
        Assert.Null(answer.Evidence!.Signals.Similarity);
        Assert.StartsWith("words alone", answer.Evidence.Decision);
    }

    [Fact]
    public async Task With_the_model_the_host_ranks_by_meaning_too()
    {
        await using var host = await TestBotHost.StartAsync();
        string banner = host.App.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<StartupBanner>().Single().Describe();
        Assert.Contains("Meaning model:    all-MiniLM-L6-v2", banner);
        var answer = host.App.Services.GetRequiredService<Core.Answers.AnswerEngine>().Ask("What is the Korea-US free trade agreement?");
        Assert.True(answer.Answered);
        Assert.NotNull(answer.Evidence!.Signals.Similarity);
    }
}
