using Microsoft.Extensions.Options;
using ReportBot.Testing;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Hosting;

/// <summary>
/// A URL setting that is not https (http only to this machine) stops the start with a message naming its key, before
/// MSAL or any client is built with it.
/// </summary>
public sealed class UrlSettingsStartupTests
{
    private const string Message = "Teams:TokenAuthority must be an https URL (http only for localhost/127.0.0.1/[::1]); got 'http://login.example'.";

    private static Dictionary<string, string?> Settings(bool withCredentials)
    {
        var settings = new Dictionary<string, string?> { ["Teams:TokenAuthority"] = "http://login.example" };
        if (withCredentials)
        {
            // With credentials the token provider builds its MSAL client from the authority at start-up.
            settings["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555";
            settings["MicrosoftAppPassword"] = "not-a-real-password";
        }
        return settings;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_http_token_authority_stops_the_host_naming_the_key(bool withCredentials)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => TestBotHost.StartAsync(Settings(withCredentials)));
        Assert.Contains(Message, e.Message);
    }

    [Theory]
    [InlineData("Teams:OpenIdMetadataUrl", "http://login.botframework.example/v1/.well-known/openidconfiguration")]
    [InlineData("Teams:EmulatorOpenIdMetadataUrl", "http://127.1/.well-known/openid-configuration")]
    [InlineData("Discord:ApiBaseUrl", "http://discord.example/api/v10")]
    public async Task Every_url_setting_is_held_to_the_same_rule(string key, string value)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => TestBotHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains($"{key} must be an https URL (http only for localhost/127.0.0.1/[::1]); got '{value}'.", e.Message);
    }

    [Fact]
    public async Task The_bot_process_prints_the_message_without_a_stack_trace_and_exits_with_1()
    {
        using var data = new TempFolder();
        var environment = Settings(withCredentials: true).ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value!);

        var run = await BotProcessRun.RunAsync(RepositoryPaths.Corpus, data.Path, environment, TimeSpan.FromSeconds(90));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: invalid configuration: ", run.Error);
        Assert.Contains(Message, run.Error);
        Assert.DoesNotContain("not-a-real-password", run.AllText);
        CliAssert.NoStackTrace(run);
    }
}
