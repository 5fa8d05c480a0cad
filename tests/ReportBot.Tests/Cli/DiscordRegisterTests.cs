using System.Diagnostics;
using ReportBot.Testing;

namespace ReportBot.Tests.Cli;

/// <summary>
/// <c>discord register</c>, run as its own process (credentials come from environment variables, which must not leak
/// into the other tests of this process), against a fake Discord REST API.
/// </summary>
public sealed class DiscordRegisterTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private readonly TempFolder _data = new();

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync()
    {
        await _discord.DisposeAsync();
        _data.Dispose();
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(IDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReportBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "--corpus", RepositoryPaths.Corpus, "--data", _data.Path }) start.ArgumentList.Add(name);
        foreach (var (key, value) in environment) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Registering_in_a_guild_overwrites_the_guild_commands()
    {
        var (exit, output, error) = await RunAsync(_discord.Settings(), "discord", "register", "--guild", "290926798626357999");

        Assert.True(exit == 0, error);
        Assert.Contains("Registered 6 commands in server 290926798626357999", output);
        var put = Assert.Single(_discord.Rest.Requests, r => r.Method == "PUT");
        Assert.EndsWith($"/applications/{FakeDiscord.ApplicationId}/guilds/290926798626357999/commands", put.RawPath);
        Assert.Equal(["ask", "pillar", "pillars", "about", "help", "digest"], put.Body!.Value.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Registering_globally_uses_the_application_route()
    {
        var (exit, _, error) = await RunAsync(_discord.Settings(), "discord", "register");
        Assert.True(exit == 0, error);
        Assert.EndsWith($"/applications/{FakeDiscord.ApplicationId}/commands", Assert.Single(_discord.Rest.Requests, r => r.Method == "PUT").RawPath);
    }

    [Fact]
    public async Task Without_a_token_it_says_which_variable_to_set()
    {
        var settings = _discord.Settings();
        settings["Discord:BotToken"] = "";
        var (exit, _, error) = await RunAsync(settings, "discord", "register");
        Assert.Equal(1, exit);
        Assert.Contains("Discord__BotToken", error);
        Assert.Empty(_discord.Rest.Requests);
    }
}
