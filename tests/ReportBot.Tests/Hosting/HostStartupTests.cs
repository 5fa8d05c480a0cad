using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReportBot.Cli;
using ReportBot.Hosting;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

public sealed class HostStartupTests
{
    [Fact]
    public async Task Running_with_no_verb_serves_until_stopped()
    {
        using var data = new TempFolder();
        int port = FreePort();
        using var stop = new CancellationTokenSource();
        var io = new CliIO(TextReader.Null, new StringWriter(), new StringWriter());
        var run = ReportBotCli.RunAsync(["--urls", $"http://127.0.0.1:{port}", "--corpus", RepositoryPaths.Corpus, "--data", data.Path], io, stop.Token);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        HttpStatusCode? status = null;
        for (int i = 0; i < 150 && status != HttpStatusCode.OK && !run.IsCompleted; i++)
        {
            try { status = (await http.GetAsync("readyz")).StatusCode; }
            catch (HttpRequestException) { /* not listening yet */ }
            if (status != HttpStatusCode.OK) await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(File.Exists(Path.Combine(data.Path, "reportbot.db")));

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task The_start_up_log_says_what_is_on_and_how_to_switch_on_the_rest()
    {
        await using var host = await TestBotHost.StartAsync();
        string banner = host.App.Services.GetServices<IHostedService>().OfType<StartupBanner>().Single().Describe();
        Assert.Contains($"Chat page:        {host.Address.ToString().TrimEnd('/')}/", banner);
        Assert.Contains("Teams:            off — set MicrosoftAppId and MicrosoftAppPassword", banner);
        Assert.Contains("31 passages, 6 pillars", banner);
        Assert.Contains($"Metrics:          {host.Address.ToString().TrimEnd('/')}/metrics (Prometheus; local callers only, never through a proxy)", banner);
        Assert.Contains("refuses anything that came through a tunnel or proxy", banner);
        Assert.Contains("Host names:       localhost, 127.0.0.1, [::1] (AllowedHosts", banner);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "a-bot-id", "MicrosoftAppPassword is required")]
    [InlineData("MicrosoftAppType", "Sometimes", "MicrosoftAppType must be MultiTenant or SingleTenant")]
    [InlineData("Answers:Top", "99", "Top")]
    public async Task Bad_settings_stop_the_start_with_a_message_naming_the_key(string key, string value, string message)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => TestBotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(message, string.Join(" ", e.Failures));
    }

    [Fact]
    public void A_secret_in_a_settings_file_is_refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("appsettings.json"), """{"MicrosoftAppPassword":"do-not-put-me-here"}""");
        var configuration = new ConfigurationBuilder().AddJsonFile(folder.Combine("appsettings.json")).Build();
        var e = Assert.Throws<ReportBot.Configuration.ConfigurationException>(() => ReportBot.Configuration.SecretSettings.EnsureNotInFiles(configuration));
        Assert.Contains("MicrosoftAppPassword", e.Message);
        Assert.Contains("environment variables", e.Message);
        Assert.DoesNotContain("do-not-put-me-here", e.Message);
    }

    [Fact]
    public async Task Secrets_never_reach_the_log()
    {
        var log = new StringWriter();
        await using (var host = await TestBotHost.StartAsync(
            new Dictionary<string, string?> { ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555", ["MicrosoftAppPassword"] = "s3cret-Value-That-Must-Not-Leak" },
            builder => builder.Logging.AddProvider(new TextWriterLoggerProvider(log)).SetMinimumLevel(LogLevel.Trace)))
        {
            await host.Client.GetAsync("/readyz");
            host.App.Services.GetServices<IHostedService>().OfType<StartupBanner>().Single().Describe();
        }
        Assert.DoesNotContain("s3cret-Value-That-Must-Not-Leak", log.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
