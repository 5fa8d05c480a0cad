using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Teams.Hosting;

namespace ReportBot.Teams.Tests.Hosting;

/// <summary>Every Teams URL setting must be https (http only to this machine), and a bad one is refused by its key.</summary>
public sealed class TeamsUrlSettingsTests
{
    public static TheoryData<string> Keys => ["Teams:OpenIdMetadataUrl", "Teams:EmulatorOpenIdMetadataUrl", "Teams:TokenAuthority"];

    private static TeamsOptions Resolve(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var services = new ServiceCollection().AddLogging().AddTeamsAdapter(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<TeamsOptions>>().Value;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Plain_http_to_another_host_is_refused_naming_the_key(string key)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Resolve(key, "http://login.example"));
        Assert.Contains($"{key} must be an https URL (http only for localhost/127.0.0.1/[::1]); got 'http://login.example'.", e.Message);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Http_to_loopback_is_what_tests_use(string key) => Resolve(key, "http://127.0.0.1:45678/x");

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_relative_value_or_one_with_a_password_is_refused(string key)
    {
        Assert.Contains(key, Assert.Throws<OptionsValidationException>(() => Resolve(key, "login.microsoftonline.com")).Message);
        var e = Assert.Throws<OptionsValidationException>(() => Resolve(key, "https://me:hunter2@login.example/"));
        Assert.Contains($"{key} must not contain a user name or password", e.Message);
        Assert.DoesNotContain("hunter2", e.Message);
    }

    [Fact]
    public void The_defaults_pass() => Assert.StartsWith("https://", Resolve("Teams:TokenScope", "https://api.botframework.com/.default").TokenAuthority);
}
