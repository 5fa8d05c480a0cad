using System.Runtime.InteropServices;
using ReportBot.Testing;
using ReportBot.Tests.Support;
using Xunit.Abstractions;

namespace ReportBot.Tests.Hosting;

/// <summary>SIGHUP to a real bot process re-reads the corpus at once, and does not stop the process as it would by default.</summary>
public sealed class CorpusReloadSignalTests(ITestOutputHelper output)
{
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private const int Sighup = 1;

    [Fact]
    public async Task Sighup_rebuilds_the_index_now_and_the_process_keeps_running()
    {
        Assert.True(OperatingSystem.IsLinux(), "this test sends a POSIX signal; the CI machine is Linux");
        using var corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
        using var data = new TempFolder();
        // A debounce far longer than the test (which waits at most 60 s for the swap): only the signal can make the
        // change visible in time.
        using var bot = BotProcessHost.Start(corpus.Path, data.Path, new Dictionary<string, string>
        {
            ["Corpus__ReloadDebounce"] = "00:10:00",
            // The library's "Now serving corpus" line, written after the swap, is the signal that the rebuild is in service.
            ["Logging__LogLevel__ReportBot.Core.Search"] = "Information",
        }, output);
        await bot.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));

        var chat = bot.Client.Conversation();
        Task<string?> KindAsync() => chat.KindAsync("What about the quokka sanctuary?");

        Assert.Equal("NotCovered", await KindAsync());
        string markdown = Directory.GetFiles(corpus.Path, "*.md").Single();
        await File.AppendAllTextAsync(markdown, "\n\n# Annex\n\nThe allies should jointly fund a quokka sanctuary on Jeju as a symbol of the alliance.\n");

        var rebuilt = bot.OutputLineAsync(line => line.Contains("Now serving corpus", StringComparison.Ordinal));
        Assert.Equal(0, kill(bot.Process.Id, Sighup));
        await rebuilt.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("Answer", await KindAsync());
        Assert.False(bot.Process.HasExited);
    }

    [Fact]
    public async Task A_bot_started_under_nohup_says_at_start_up_that_sighup_will_not_reload()
    {
        using var corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
        using var data = new TempFolder();
        using var bot = BotProcessHost.Start(corpus.Path, data.Path, new Dictionary<string, string>(), output, hangupIgnored: true);
        var warned = bot.OutputLineAsync(line => line.Contains("SIGHUP is ignored", StringComparison.Ordinal), includeEarlier: true);
        await bot.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        await warned.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("Answer", await bot.Client.Conversation().KindAsync("North Korea"));
    }

    [Fact]
    public async Task A_bot_started_normally_does_not_warn_about_sighup()
    {
        using var corpus = TempFolder.CopyOf(RepositoryPaths.Corpus);
        using var data = new TempFolder();
        // The host's "Application started" line is logged after every hosted service has started, through the same
        // console queue as the warning: once it has arrived, a warning would have arrived before it.
        using var bot = BotProcessHost.Start(corpus.Path, data.Path,
            new Dictionary<string, string> { ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information" }, output);
        var started = bot.OutputLineAsync(line => line.Contains("Application started", StringComparison.Ordinal), includeEarlier: true);
        await bot.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        await started.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(bot.OutputSoFar(), line => line.Contains("SIGHUP is ignored", StringComparison.Ordinal));
    }
}
